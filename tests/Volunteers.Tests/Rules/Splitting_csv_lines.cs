using Platform.ServiceDefaults.Http;

namespace Platform.Volunteers.Tests.Rules;

public sealed class Splitting_csv_lines
{
    [Theory]
    [InlineData("a,b,c", new[] { "a", "b", "c" })]
    [InlineData("a,,c,", new[] { "a", "", "c", "" })]
    [InlineData("\"张,三\",\"说\"\"好\"\"\",x", new[] { "张,三", "说\"好\"", "x" })]
    public void Quoted_fields_keep_commas_and_doubled_quotes(string line, string[] fields) =>
        Assert.Equal(fields, CsvLine.TrySplit(line));

    [Fact]
    public void An_unclosed_quote_is_no_line() => Assert.Null(CsvLine.TrySplit("\"a,b"));
}

namespace Platform.Imports.Tests;

public sealed class Parsing_import_fields
{
    public enum Kind { ElderlyCare, ChildCare }

    [Theory]
    [InlineData("12", 12)]
    [InlineData("-3", -3)]
    public async Task A_whole_number_parses(string text, int expected)
    {
        var (row, errors) = await Csv.OneRowAsync("count", text);
        Assert.Equal(expected, row.WholeNumber("count"));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("12.5", "12.5")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("7", "7")]
    public async Task A_decimal_number_parses(string text, string expected)
    {
        var (row, _) = await Csv.OneRowAsync("amount", text);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), row.DecimalNumber("amount"));
        Assert.False(row.HasErrors);
    }

    [Fact]
    public async Task A_date_parses_from_yyyy_MM_dd()
    {
        var (row, _) = await Csv.OneRowAsync("date", "2026-03-01");
        Assert.Equal(new DateOnly(2026, 3, 1), row.Date("date"));
        Assert.False(row.HasErrors);
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("Yes", true)]
    [InlineData("no", false)]
    public async Task Yes_or_no_parses_in_chinese_english_and_digits(string text, bool expected)
    {
        var (row, _) = await Csv.OneRowAsync("pilot", text);
        Assert.Equal(expected, row.YesNo("pilot"));
        Assert.False(row.HasErrors);
    }

    [Theory]
    [InlineData("ChildCare", Kind.ChildCare)]
    [InlineData("elderlycare", Kind.ElderlyCare)]
    public async Task An_enum_parses_by_name_in_any_case(string text, Kind expected)
    {
        var (row, _) = await Csv.OneRowAsync("kind", text);
        Assert.Equal(expected, row.Enum<Kind>("kind"));
        Assert.False(row.HasErrors);
    }

    [Theory]
    [InlineData("count", "twelve")]
    [InlineData("count", "1.5")]
    [InlineData("count", "99999999999")]
    [InlineData("amount", "1,5")]
    [InlineData("amount", "abc")]
    [InlineData("date", "01/03/2026")]
    [InlineData("date", "2026-02-30")]
    [InlineData("pilot", "maybe")]
    [InlineData("kind", "Gardening")]
    [InlineData("kind", "1")]
    public async Task A_field_that_does_not_parse_is_null_and_an_error_under_its_key(string column, string text)
    {
        var errors = new ImportErrors();
        object? value = null;
        var body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"{column}\n\"{text}\"\n"));
        await foreach (var row in CsvImport.ReadAsync(body, new([column]), 10, errors, TestContext.Current.CancellationToken))
        {
            value = column switch
            {
                "count" => row.WholeNumber(column),
                "amount" => row.DecimalNumber(column),
                "date" => row.Date(column),
                "pilot" => row.YesNo(column),
                _ => row.Enum<Kind>(column),
            };
            Assert.True(row.HasErrors);
        }

        Assert.Null(value);
        Assert.Single(Assert.Single(errors.ToDictionary(), e => e.Key == $"rows[1].{column}").Value);
    }

    [Fact]
    public async Task An_empty_field_is_null_without_an_error_unless_required()
    {
        var errors = new ImportErrors();
        var body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("name,count,date,pilot,kind,note\nx,,,,,\n"));
        await foreach (var row in CsvImport.ReadAsync(body, new(["name"]), 10, errors, TestContext.Current.CancellationToken))
        {
            Assert.Null(row.WholeNumber("count"));
            Assert.Null(row.DecimalNumber("count"));
            Assert.Null(row.Date("date"));
            Assert.Null(row.YesNo("pilot"));
            Assert.Null(row.Enum<Kind>("kind"));
            Assert.Null(row.WholeNumber("absent"));
            Assert.False(row.HasErrors);
            Assert.Null(row.Required("note"));
            Assert.Equal("x", row.Required("name"));
        }

        Assert.Equal(["This field is required."], Assert.Single(errors.ToDictionary(), e => e.Key == "rows[1].note").Value);
    }
}

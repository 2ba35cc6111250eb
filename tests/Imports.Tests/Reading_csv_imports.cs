namespace Platform.Imports.Tests;

public sealed class Reading_csv_imports
{
    [Fact]
    public async Task Quoted_fields_keep_commas_line_breaks_and_doubled_quotes()
    {
        var (rows, errors) = await Csv.ReadAsync("name,age\n\"张,三\",1\n\"说\"\"好\"\"\",2\n\"two\r\nlines\",3\n");

        Assert.Empty(errors);
        Assert.Equal(["张,三", "说\"好\"", "two\r\nlines"], rows.Select(r => r["name"]));
        Assert.Equal([1, 2, 3], rows.Select(r => r.Number));
    }

    [Theory]
    [InlineData("a,b,c", new[] { "a", "b", "c", null })]
    [InlineData("a,,c,", new[] { "a", null, "c", null })]
    [InlineData("\"张,三\",\"说\"\"好\"\"\",x", new[] { "张,三", "说\"好\"", "x", null })]
    public async Task A_line_splits_into_its_fields(string line, string?[] fields)
    {
        var (rows, errors) = await Csv.ReadAsync("c1,c2,c3,c4\n" + line + "\n", new(["c1"]));

        Assert.Empty(errors);
        Assert.Equal(fields, Enumerable.Range(1, 4).Select(i => Assert.Single(rows)[$"c{i}"]));
    }

    [Fact]
    public async Task Fields_are_trimmed_and_an_empty_field_is_null()
    {
        var (rows, _) = await Csv.ReadAsync("name,age,note\n  a  ,,\n b ,   ,\" c \"\n");

        Assert.Equal(["a", "b"], rows.Select(r => r["name"]));
        Assert.All(rows, r => Assert.Null(r["age"]));
        Assert.Null(rows[0]["note"]);
        Assert.Equal("c", rows[1]["note"]);
    }

    [Fact]
    public async Task A_missing_trailing_field_and_an_absent_column_are_null()
    {
        var (rows, _) = await Csv.ReadAsync("name,age\nx\n");

        Assert.Null(Assert.Single(rows)["age"]);
        Assert.Null(rows[0]["phone"]);
        Assert.False(rows[0].Has("phone"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_byte_order_mark_is_not_part_of_the_first_column(bool bom)
    {
        var (rows, errors) = await Csv.ReadAsync("name,age\nx,1\n", bom: bom);

        Assert.Empty(errors);
        Assert.Equal("x", Assert.Single(rows)["name"]);
        Assert.Equal("name", rows[0].Header[0]);
    }

    [Fact]
    public async Task The_header_names_columns_in_any_order_and_any_case()
    {
        var (rows, errors) = await Csv.ReadAsync(" AGE , Name\n7,x\n");

        Assert.Empty(errors);
        Assert.Equal("x", Assert.Single(rows)["name"]);
        Assert.Equal("7", rows[0]["Age"]);
    }

    [Fact]
    public async Task A_missing_required_column_rejects_the_import_before_any_row()
    {
        var (rows, errors) = await Csv.ReadAsync("age,phone\n1,2\n");

        Assert.Empty(rows);
        Assert.Contains("missing: name", Assert.Single(errors["header"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_body_lacks_the_required_columns()
    {
        var (rows, errors) = await Csv.ReadAsync("\n\n");

        Assert.Empty(rows);
        Assert.Contains("missing: name", Assert.Single(errors["header"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_columns_are_read_unless_the_import_rejects_them()
    {
        var (rows, errors) = await Csv.ReadAsync("name,colour\nx,red\n");
        Assert.Empty(errors);
        Assert.Equal("red", Assert.Single(rows)["colour"]);

        (rows, errors) = await Csv.ReadAsync("name,colour,age\nx,red,1\n", Csv.NameAndAge with { RejectUnknown = true });
        Assert.Empty(rows);
        Assert.Contains("Unknown columns: colour;", Assert.Single(errors["header"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_column_named_twice_rejects_the_import()
    {
        var (rows, errors) = await Csv.ReadAsync("name,Name\nx,y\n");

        Assert.Empty(rows);
        Assert.Contains("more than once: Name", Assert.Single(errors["header"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blank_rows_are_skipped_and_keep_their_numbers()
    {
        var (rows, errors) = await Csv.ReadAsync("\nname,age\na,1\n\n   \n,\nb,2\r\n\r\n");

        Assert.Empty(errors);
        Assert.Equal(["a", "b"], rows.Select(r => r["name"]));
        Assert.Equal([1, 5], rows.Select(r => r.Number));
    }

    [Fact]
    public async Task Errors_are_keyed_by_the_data_row_counting_from_one_under_the_header()
    {
        var errors = new ImportErrors();
        await foreach (var row in CsvImport.ReadAsync(Body("name,age\nx,1\n\ny,old\n"), Csv.NameAndAge, 10, errors, TestContext.Current.CancellationToken))
        {
            if (row["name"] == "x")
            {
                row.Error(null, "Not wanted.");
            }
            else
            {
                row.Error("Age", "Too old.");
                row.WholeNumber("age");
                Assert.True(row.HasErrors);
            }
        }

        errors.Add(4, "IdNumber", "Taken.");

        var found = errors.ToDictionary();
        Assert.Equal(["rows[1].$", "rows[3].age", "rows[4].idNumber"], found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Not wanted."], found["rows[1].$"]);
        Assert.Equal(2, found["rows[3].age"].Length);
    }

    [Fact]
    public async Task An_unclosed_quote_is_an_error_for_its_row_which_is_not_read()
    {
        var (rows, errors) = await Csv.ReadAsync("name,age\na,1\n\"b,2\nc,3\n");

        Assert.Equal("a", Assert.Single(rows)["name"]);
        Assert.Equal(["A quoted field is not closed."], errors["rows[2].$"]);
        Assert.Single(errors);
    }

    [Fact]
    public async Task More_rows_than_the_cap_is_one_error()
    {
        var (rows, errors) = await Csv.ReadAsync("name\na\n\nb\nc\nd\n", new(["name"]), maxRows: 2);

        Assert.Equal(2, rows.Count);
        Assert.Equal(["rows"], errors.Keys);
        Assert.Contains("at most 2 rows", Assert.Single(errors["rows"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cap_allows_exactly_its_number_of_rows()
    {
        var (rows, errors) = await Csv.ReadAsync("name\na\nb\n", new(["name"]), maxRows: 2);

        Assert.Equal(2, rows.Count);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_large_body_is_read_as_it_streams()
    {
        const int Count = 200_000;
        var body = new GeneratedCsv("name,idNumber,communityCode", i => $"志愿者{i},\"11010119900101{i % 10000:D4}\",C{i % 97:D3}", Count);
        var errors = new ImportErrors();
        var (rows, last) = (0, 0);
        long readAtFirstRow = -1;
        await foreach (var row in CsvImport.ReadAsync(body, new(["name", "idNumber", "communityCode"]), Count, errors, TestContext.Current.CancellationToken))
        {
            if (readAtFirstRow < 0)
            {
                readAtFirstRow = body.Produced;
            }

            rows++;
            last = row.Number;
        }

        Assert.Empty(errors.ToDictionary());
        Assert.Equal(Count, rows);
        Assert.Equal(Count, last);
        Assert.True(body.Ended);
        Assert.InRange(readAtFirstRow, 1, body.Produced / 20);
    }

    private static MemoryStream Body(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Row_errors_are_listed_in_the_order_they_were_added_with_their_row_and_field()
    {
        var errors = new ImportErrors();
        var read = new List<ImportRow>();
        var text = "name,age\nx,old\ny,2\n\"open,3\n";
        await foreach (var row in CsvImport.ReadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), Csv.NameAndAge, 10, errors, TestContext.Current.CancellationToken))
        {
            read.Add(row);
        }

        read[0].WholeNumber("age");
        read[1].Error("name", "Taken.");

        Assert.Equal([new RowError(3, "$", "A quoted field is not closed."), new RowError(1, "age", "A whole number, such as 12."), new RowError(2, "name", "Taken.")],
            errors.Rows);
        Assert.True(errors.Contains("rows[2].name"));
        Assert.False(errors.Contains("header"));
    }
}

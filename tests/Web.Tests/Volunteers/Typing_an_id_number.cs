using Platform.Web.Features.Volunteers;

namespace Platform.Web.Tests.Volunteers;

public sealed class Typing_an_id_number : ComponentTest
{
    [Fact]
    public void A_wrong_check_digit_shows_its_message_at_the_field()
    {
        var field = Render<IdNumberField>(ps => ps.Add(p => p.Value, "110105194912310021"));

        Assert.Contains("校验码不正确", field.Markup, StringComparison.Ordinal);
        Assert.Equal(IdNumberProblem.CheckDigit, field.Instance.Problem);
    }

    [Fact]
    public void A_short_number_says_it_needs_eighteen_characters()
    {
        var field = Render<IdNumberField>(ps => ps.Add(p => p.Value, "5116"));

        Assert.Contains("应为 18 位", field.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_right_number_shows_no_message_and_an_empty_field_none_either()
    {
        var right = Render<IdNumberField>(ps => ps.Add(p => p.Value, "11010519491231002X"));
        var empty = Render<IdNumberField>();

        Assert.Null(right.Instance.Problem);
        Assert.Empty(right.FindAll(".mud-input-error"));
        Assert.Empty(empty.FindAll(".mud-input-error"));
    }

    [Fact]
    public void The_apis_message_shows_at_the_field_when_the_typed_number_is_well_formed()
    {
        var field = Render<IdNumberField>(ps => ps
            .Add(p => p.Value, "11010519491231002X")
            .Add(p => p.ApiError, "A volunteer with this ID number is already registered."));

        Assert.Contains("already registered", field.Find(".mud-input-error").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Typing_is_checked_at_once()
    {
        string? typed = null;
        var field = Render<IdNumberField>(ps => ps.Add(p => p.ValueChanged, (string? value) => typed = value));

        field.Find("input").Input("11010519491231002x");

        Assert.Equal("11010519491231002X", typed);
    }
}

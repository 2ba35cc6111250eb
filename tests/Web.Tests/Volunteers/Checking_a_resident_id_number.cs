using Platform.Web.Features.Volunteers;

namespace Platform.Web.Tests.Volunteers;

public sealed class Checking_a_resident_id_number
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    [InlineData("511694197708184083")]
    [InlineData("51169319990122756X")]
    public void A_number_with_a_matching_check_character_passes(string number) => Assert.Null(ResidentIdNumber.Check(number));

    [Theory]
    [InlineData("1101051949123100", IdNumberProblem.Length)]
    [InlineData("1101051949123100211", IdNumberProblem.Length)]
    [InlineData("11010519491231A02X", IdNumberProblem.Format)]
    [InlineData("11010519491331002X", IdNumberProblem.BirthDate)]
    [InlineData("110105194912310021", IdNumberProblem.CheckDigit)]
    public void A_wrong_number_is_named_by_its_problem(string number, IdNumberProblem problem) => Assert.Equal(problem, ResidentIdNumber.Check(number));

    [Fact]
    public void The_check_character_is_iso_7064_mod_11_2_with_x_for_ten() => Assert.Equal('X', ResidentIdNumber.CheckCharacterOf("11010519491231002"));
}

using Platform.ServiceDefaults.Messaging;

namespace Platform.ServiceDefaults.Tests.Messaging;

public sealed class Generating_sequential_ids
{
    [Fact]
    public void Ids_made_in_the_same_millisecond_increase_and_are_version_7()
    {
        var now = DateTimeOffset.UtcNow;
        var ids = Enumerable.Range(0, 5000).Select(_ => SequentialGuid.NextVersion7(now)).ToList();

        Assert.Equal(ids.Order().ToList(), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(7, id.Version));
        Assert.All(ids, id => Assert.Equal(0b10, id.Variant >> 2));
    }

    [Fact]
    public void A_clock_that_steps_back_does_not_make_ids_go_back()
    {
        var now = DateTimeOffset.UtcNow;
        var first = SequentialGuid.NextVersion7(now);

        var second = SequentialGuid.NextVersion7(now.AddSeconds(-5));

        Assert.True(second.CompareTo(first) > 0);
    }
}

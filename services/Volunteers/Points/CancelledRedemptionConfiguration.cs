using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Volunteers.Points;

internal sealed class CancelledRedemptionConfiguration : IEntityTypeConfiguration<CancelledRedemption>
{
    public void Configure(EntityTypeBuilder<CancelledRedemption> builder)
    {
        builder.ToTable("cancelled_redemptions");
        builder.HasKey(c => c.RedemptionId);
    }
}

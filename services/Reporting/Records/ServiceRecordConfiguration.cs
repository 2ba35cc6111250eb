using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Reporting.Records;

internal sealed class ServiceRecordConfiguration : IEntityTypeConfiguration<ServiceRecord>
{
    public void Configure(EntityTypeBuilder<ServiceRecord> builder)
    {
        builder.ToTable("service_records");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ServiceKind).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.ProviderKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ProviderName).HasMaxLength(100);
        builder.Property(r => r.CommunityCode).HasMaxLength(12);
        builder.Property(r => r.Description).HasMaxLength(500);
        builder.Property(r => r.RecordedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.CommunityCode, r.ServiceDate }).HasOperators("text_pattern_ops", "date_ops");
        builder.TracksChanges();
    }
}

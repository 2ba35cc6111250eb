using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Reporting.Requests;

internal sealed class ServiceRequestConfiguration : IEntityTypeConfiguration<ServiceRequest>
{
    public void Configure(EntityTypeBuilder<ServiceRequest> builder)
    {
        builder.ToTable("service_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.CommunityCode).HasMaxLength(12);
        builder.Property(r => r.Description).HasMaxLength(2000);
        builder.Property(r => r.Address).HasMaxLength(300);
        builder.Property(r => r.MediaUrl).HasMaxLength(500);
        builder.Property(r => r.ReportedBy).HasMaxLength(200);
        builder.Property(r => r.AssignedTo).HasMaxLength(200);
        builder.Property(r => r.Notes).HasMaxLength(2000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.OwnsMany(r => r.History, h =>
        {
            h.ToJson("history");
            h.Property(t => t.From).HasConversion<string>();
            h.Property(t => t.To).HasConversion<string>();
        });
        builder.HasIndex(r => r.CommunityCode).HasOperators("text_pattern_ops");
        builder.HasIndex(r => r.ReportedAt);
        builder.TracksChanges();
    }
}

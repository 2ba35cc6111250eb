using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data;
using Platform.RegionReplica.Queries;

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

public sealed record ServiceRequestResponse(
    Guid Id, RequestKind Kind, RequestState State, string CommunityCode, string Description, string? Address,
    double? Latitude, double? Longitude, string? AssignedTo, string? Notes, DateTimeOffset ReportedAt, DateTimeOffset Deadline,
    bool Overdue, DateTimeOffset UpdatedAt, IReadOnlyList<RequestTransition> History, int Version);

public static class ServiceRequestMapping
{
    public static ServiceRequestResponse ToResponse(this ServiceRequest r, DateTimeOffset now) =>
        new(r.Id, r.Kind, r.State, r.CommunityCode, r.Description, r.Address, r.Latitude, r.Longitude, r.AssignedTo, r.Notes,
            r.ReportedAt, r.Deadline, r.IsOverdue(now), r.UpdatedAt, r.History, r.Version);
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts.Identity;

namespace Platform.Identity.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Service).HasMaxLength(40);
        builder.Property(e => e.Subject).HasMaxLength(100);
        builder.Property(e => e.Name).HasMaxLength(100);
        builder.Property(e => e.Region).HasMaxLength(15);
        builder.Property(e => e.Method).HasMaxLength(10);
        builder.Property(e => e.Path).HasMaxLength(500);
        builder.Property(e => e.Changes).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
            s => JsonSerializer.Deserialize<List<AuditedChange>>(s, JsonSerializerOptions.Default) ?? new List<AuditedChange>(),
            new ValueComparer<List<AuditedChange>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()));
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => e.Subject);
    }
}

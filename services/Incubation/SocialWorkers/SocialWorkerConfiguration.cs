using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace Platform.Incubation.SocialWorkers;

internal sealed class SocialWorkerConfiguration : IEntityTypeConfiguration<SocialWorker>
{
    public void Configure(EntityTypeBuilder<SocialWorker> builder)
    {
        builder.ToTable("social_workers");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Name).HasMaxLength(50);
        builder.Property(w => w.CertificateNumber).HasMaxLength(40);
        builder.Property(w => w.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.CommunityCode).HasMaxLength(15);
        builder.HasIndex(w => w.CertificateNumber).IsUnique();
        builder.HasIndex(w => w.CommunityCode).HasOperators("text_pattern_ops");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Identity.Keys;

internal sealed class StoredKeyConfiguration : IEntityTypeConfiguration<StoredKey>
{
    public void Configure(EntityTypeBuilder<StoredKey> builder)
    {
        builder.ToTable("stored_keys");
        builder.HasKey(k => k.Purpose);
        builder.Property(k => k.Purpose).HasMaxLength(20);
    }
}

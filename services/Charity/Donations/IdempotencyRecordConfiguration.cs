namespace Platform.Charity.Donations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(r => new { r.Caller, r.Key }).HasName(IdempotencyRecord.PrimaryKey);
        builder.Property(r => r.Caller).HasMaxLength(100);
        builder.Property(r => r.Key).HasMaxLength(IdempotencyRecord.MaxKeyLength);
    }
}

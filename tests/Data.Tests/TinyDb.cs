using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Platform.Data.Tests;

public sealed class Visit
{
    public long Id { get; init; }
    public required string Visitor { get; init; }
    public required string Ticket { get; init; }
    public DateTimeOffset At { get; init; }
}

/// <summary>A service's database in miniature: one table, one unique index, one migration named as a squashed history's.</summary>
public sealed class TinyDb(DbContextOptions<TinyDb> options) : DbContext(options)
{
    public const string TicketIndex = "ix_visits_ticket";

    public DbSet<Visit> Visits => Set<Visit>();

    public static TinyDb Open(string connectionString) =>
        new(new DbContextOptionsBuilder<TinyDb>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Visit>(visit =>
        {
            visit.ToTable("visits");
            visit.HasIndex(v => v.Ticket).IsUnique().HasDatabaseName(TicketIndex);
            visit.HasIndex(v => v.Visitor).IsUnique().HasDatabaseName("ix_visits_visitor_once");
        });
}

[DbContext(typeof(TinyDb))]
[Migration(Name)]
public sealed class TinyInitial : Migration
{
    public const string Name = "20261207000000_Initial";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "visits",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                visitor = table.Column<string>(nullable: false),
                ticket = table.Column<string>(nullable: false),
                at = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_visits", x => x.id));
        migrationBuilder.CreateIndex(name: TinyDb.TicketIndex, table: "visits", column: "ticket", unique: true);
        migrationBuilder.CreateIndex(name: "ix_visits_visitor_once", table: "visits", column: "visitor", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "visits");
}

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Platform.Data;

/// <summary>
/// Duplicates and stale versions become 409 (the database's constraints decide, not a read-then-write check);
/// an unreachable database becomes 503 rather than a hang or a 500.
/// </summary>
internal sealed class DatabaseExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            DbUpdateConcurrencyException => (409, "The record was changed by someone else.", "Read it again and retry."),
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg } =>
                (409, "A record with this key already exists.", ConstraintField(pg)),
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } pg } =>
                (409, "The record refers to something that does not exist or is still referred to.", ConstraintField(pg)),
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg =>
                (409, "A record with this key already exists.", ConstraintField(pg)),
            NpgsqlException { IsTransient: true } or TimeoutException or
                InvalidOperationException { InnerException: NpgsqlException { IsTransient: true } } or
                RetryLimitExceededException =>
                (503, "The service's database is unavailable.", "Retry later."),
            _ => (0, "", ""),
        };

        if (status == 0)
        {
            return false;
        }

        context.Response.StatusCode = status;
        if (status == 503)
        {
            context.Response.Headers.RetryAfter = "5";
        }

        // A stale version names the field the client resends (docs/api.md, section 5).
        var problem = exception is DbUpdateConcurrencyException
            ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["version"] = ["The record was changed since this version was read; read it again."] })
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = title;
        problem.Detail = detail;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception, ProblemDetails = problem });
    }

    private static string ConstraintField(PostgresException pg) =>
        pg.ConstraintName is { } name ? $"Constraint: {name}." : pg.MessageText;
}

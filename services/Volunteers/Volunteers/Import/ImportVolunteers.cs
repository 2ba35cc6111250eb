using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.PersonalData;
using Platform.ServiceDefaults.Http;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;
using Platform.Volunteers.Volunteers;


namespace Platform.Volunteers.Volunteers.Import;

public static class ImportVolunteers
{
    private const int BatchSize = 5_000;

    /// <summary>
    /// Reads the CSV body line by line (never whole), validates each row, writes good rows in batches with binary COPY
    /// and reports every rejected row. A bad row writes nothing; the good ones are written. A row of a community out of
    /// the caller's reach refuses the whole import (403) before anything is written.
    /// </summary>
    public static async Task<Results<Ok<ImportReport>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        HttpRequest request, ClaimsPrincipal user, VolunteersDb db, PersonalDataProtector protector, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await ImportScope.CheckCommunitiesAsync(request, user, cancellationToken) is { } outOfReach)
        {
            return outOfReach;
        }

        using var body = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var liveCommunities = await db.LiveCommunitiesAsync(cancellationToken);
        var (reader, missing) = ImportRowReader.ForHeader(await body.ReadLineAsync(cancellationToken), liveCommunities, protector, clock.Today(), clock.GetUtcNow());
        if (reader is null)
        {
            return TypedResults.ValidationProblem(CsvTable.MissingColumns(missing));
        }

        var errors = new List<ImportError>();
        var import = new ImportBatch(Guid.CreateVersion7(clock.GetUtcNow()), clock.GetUtcNow());
        var batch = new List<(int Row, Volunteer Volunteer)>(BatchSize);
        var (rows, imported, row) = (0, 0, 1);
        while (await body.ReadLineAsync(cancellationToken) is { } line)
        {
            row++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            rows++;
            var (volunteer, rowErrors) = reader.Read(row, line);
            errors.AddRange(rowErrors);
            if (volunteer is not null)
            {
                batch.Add((row, volunteer));
            }

            if (batch.Count == BatchSize)
            {
                imported += await FlushAsync(db, import, batch, errors, cancellationToken);
            }
        }

        imported += await FlushAsync(db, import, batch, errors, cancellationToken);
        return TypedResults.Ok(ImportChecks.Report(rows, imported, errors));
    }

    private static async Task<int> FlushAsync(
        VolunteersDb db, ImportBatch import, List<(int Row, Volunteer Volunteer)> batch, List<ImportError> errors, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var written = await VolunteerCopy.WriteAsync(db, import, [.. batch.Select(b => b.Volunteer)], cancellationToken);
        errors.AddRange(batch.Where(b => !written.Contains(b.Volunteer.Id))
            .Select(b => new ImportError(b.Row, "idNumber", "A volunteer with this resident ID number (or this id) is already registered.")));
        batch.Clear();
        return written.Count;
    }
}

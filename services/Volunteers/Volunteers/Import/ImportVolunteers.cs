using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.PersonalData;
using Platform.Imports;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;
using Platform.Volunteers.Volunteers;


namespace Platform.Volunteers.Volunteers.Import;

public static class ImportVolunteers
{
    private const int BatchSize = 5_000;

    /// <summary>
    /// Reads the CSV body row by row (never whole), validates each row, writes good rows in batches with binary COPY
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

        var rows = new VolunteerRows(await db.LiveCommunitiesAsync(cancellationToken), protector, clock.Today(), clock.GetUtcNow());
        var errors = new ImportErrors();
        var import = new ImportBatch(Guid.CreateVersion7(clock.GetUtcNow()), clock.GetUtcNow());
        var batch = new List<(int Row, Volunteer Volunteer)>(BatchSize);
        var (read, imported) = (0, 0);
        // Streamed, so the request body limit rather than a count of rows bounds the import.
        await foreach (var row in CsvImport.ReadAsync(request.Body, VolunteerRows.Columns, int.MaxValue, errors, cancellationToken))
        {
            read++;
            if (rows.Read(row) is { } volunteer)
            {
                batch.Add((row.Number, volunteer));
            }

            if (batch.Count == BatchSize)
            {
                imported += await FlushAsync(db, import, batch, errors, cancellationToken);
            }
        }

        // A rejected header yields no row, so nothing has been written.
        if (errors.Contains("header"))
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        imported += await FlushAsync(db, import, batch, errors, cancellationToken);
        return TypedResults.Ok(ImportReport.Of(read, imported, errors));
    }

    private static async Task<int> FlushAsync(
        VolunteersDb db, ImportBatch import, List<(int Row, Volunteer Volunteer)> batch, ImportErrors errors, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var written = await VolunteerCopy.WriteAsync(db, import, [.. batch.Select(b => b.Volunteer)], cancellationToken);
        foreach (var (row, _) in batch.Where(b => !written.Contains(b.Volunteer.Id)))
        {
            errors.Add(row, "idNumber", "A volunteer with this resident ID number (or this id) is already registered.");
        }

        batch.Clear();
        return written.Count;
    }
}

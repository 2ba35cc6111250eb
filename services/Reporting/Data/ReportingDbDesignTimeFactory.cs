namespace Platform.Reporting.Data;

internal sealed class ReportingDbDesignTimeFactory : DesignTimeDbContextFactory<ReportingDb>;

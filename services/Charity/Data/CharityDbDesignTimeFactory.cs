namespace Platform.Charity.Data;

internal sealed class CharityDbDesignTimeFactory : DesignTimeDbContextFactory<CharityDb>;

using Platform.Data;

namespace Platform.Volunteers.Data;

internal sealed class VolunteersDbDesignTimeFactory : DesignTimeDbContextFactory<VolunteersDb>;

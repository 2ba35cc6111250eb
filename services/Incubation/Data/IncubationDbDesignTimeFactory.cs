using Platform.ServiceDefaults.Data;

namespace Platform.Incubation.Data;

internal sealed class IncubationDbDesignTimeFactory : DesignTimeDbContextFactory<IncubationDb>;

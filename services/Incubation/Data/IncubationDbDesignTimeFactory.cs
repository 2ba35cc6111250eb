using Platform.Data;

namespace Platform.Incubation.Data;

internal sealed class IncubationDbDesignTimeFactory : DesignTimeDbContextFactory<IncubationDb>;

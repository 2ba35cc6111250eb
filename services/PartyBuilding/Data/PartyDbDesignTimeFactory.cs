using Platform.Data;

namespace Platform.PartyBuilding.Data;

internal sealed class PartyDbDesignTimeFactory : DesignTimeDbContextFactory<PartyDb>;

using Platform.Data;

namespace Platform.Identity.Data;

internal sealed class IdentityDbDesignTimeFactory : DesignTimeDbContextFactory<IdentityDb>;

// One AppHost and one Chromium serve every test; each test has its own browser context, so classes may run side by side.
[assembly: AssemblyFixture(typeof(Platform.Clients.Tests.ConsoleFixture))]

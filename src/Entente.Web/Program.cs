using Entente.Web;

// Standalone: dotnet run --project src/Entente.Web -- --Entente:Db=entente.db (the CLI's `entente serve` builds the same app).
await WorkspaceHost.Build(args).RunAsync();

/// <summary>The entry point, named for WebApplicationFactory in the tests.</summary>
public partial class Program;

namespace Entente.Web;

/// <summary>Settings of the workspace, from the "Entente" configuration section (the CLI's serve command sets them).</summary>
public sealed class WorkspaceOptions
{
    public const string Section = "Entente";

    /// <summary>The SQLite store the workspace shows and reviews.</summary>
    public string Db { get; set; } = "entente.db";

    /// <summary>Largest upload accepted in one request, all files together.</summary>
    public long MaxUploadBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Sign-in attempts allowed per client address per minute.</summary>
    public int SignInsPerMinute { get; set; } = 10;

    public int PageSize { get; set; } = 50;
}

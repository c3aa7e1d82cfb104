using System.ComponentModel.DataAnnotations;

namespace WorkshopBot.Storage;

// Either a connection string (ConnectionStrings:Tables — Azurite, local runs) or the service URI with a
// managed identity (production: user-assigned identity, no keys).
public sealed class TableStorageOptions
{
    public const string Section = "TableStorage";
    public const string ConnectionStringName = "Tables";

    // Prepended to every table name so several environments or test classes can share one account.
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,39}$", ErrorMessage = "TableStorage:TablePrefix must start with a letter and contain only letters and digits (at most 40).")]
    public string TablePrefix { get; set; } = "";

    public Uri? ServiceUri { get; set; }

    // Client id of the user-assigned managed identity; without it DefaultAzureCredential is used.
    public string? ManagedIdentityClientId { get; set; }

    // Filled from ConnectionStrings:Tables unless TableStorage:ConnectionString is set.
    public string? ConnectionString { get; set; }

    // Create the tables at startup (Azurite, local runs). Azure sets false: the Bicep creates the tables and
    // the app's identity may only read and write entities, not create or delete tables.
    public bool CreateTables { get; set; } = true;
}

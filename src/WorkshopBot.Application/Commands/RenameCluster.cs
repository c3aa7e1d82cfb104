namespace WorkshopBot.Application.Commands;

// Moderator: renames a cluster of a step; a label the step already uses merges the two clusters, an empty
// one dissolves the cluster (its notes go back to "Zonder cluster").
public sealed record RenameCluster(int Step, string? Label, string? NewLabel) : WerkgroepCommand;

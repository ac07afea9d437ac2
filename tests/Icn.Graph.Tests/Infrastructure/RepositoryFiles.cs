namespace Icn.Graph.Tests.Infrastructure;

/// <summary>Finds files of the repository from a test's working directory.</summary>
internal static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Icn.Api.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("The repository root (Icn.Api.sln) was not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));
}

namespace Icn.GraphQL.Paging;

/// <summary>
/// A collection of each row of a list (tags, categories: a many-to-many relationship) that the
/// host's page query reads in the same command when <see cref="SelectedField"/> is selected, handing
/// it to that field's loader. The engine only carries it in <see cref="ListDefinition{T}"/>; what it
/// joins and how it primes the loader is the host's, in its subtype.
/// </summary>
public abstract record CollectionPreload<T>
{
    /// <summary>The field under the list's nodes whose selection asks for the collection.</summary>
    public abstract string SelectedField { get; }
}

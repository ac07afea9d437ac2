namespace Icn.Domain.Knowledge;

/// <summary>An article is written as a draft and is public only once published.</summary>
public enum ArticleStatus
{
    Draft,
    Published,
}

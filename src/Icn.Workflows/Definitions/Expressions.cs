using Acornima;

namespace Icn.Workflows.Definitions;

/// <summary>Compiles JavaScript expressions without running them, to refuse a broken one at publishing.</summary>
internal static class Expressions
{
    public static string? SyntaxError(string expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return "it is empty.";
        }

        try
        {
            new Parser().ParseExpression(expression);
            return null;
        }
        catch (ParseErrorException error)
        {
            return error.Error?.Description ?? error.Message;
        }
    }
}

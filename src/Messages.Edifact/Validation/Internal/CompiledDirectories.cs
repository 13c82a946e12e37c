using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

/// <summary>
/// The directories one validation has compiled (<see cref="CompiledDirectory"/>, keyed by directory and service
/// directory), kept per <see cref="DirectoryCatalog"/> between validations: compiling a message's segment table and
/// its segments' rules costs far more than validating a small interchange, so a gateway validating one message
/// at a time would otherwise pay it for every message. A compiled directory grows its caches as it is used and is
/// not safe for concurrent use, so each validation rents a set of its own and gives it back when it ends; there
/// are at most as many sets as validations ran at the same time (<see cref="MaxKept"/> are kept).
/// </summary>
internal sealed class CompiledDirectories
{
    /// <summary>The most sets kept for reuse per catalog.</summary>
    public const int MaxKept = 64;

    private static readonly ConditionalWeakTable<DirectoryCatalog, ConcurrentBag<CompiledDirectories>> s_kept = [];

    private readonly Dictionary<(EdifactDirectory, EdifactDirectory), CompiledDirectory> _compiled = [];

    /// <summary>A set for one validation over <paramref name="catalog"/>: one given back earlier, or a new one.</summary>
    public static CompiledDirectories Rent(DirectoryCatalog catalog) =>
        s_kept.GetOrCreateValue(catalog).TryTake(out var kept) ? kept : new CompiledDirectories();

    /// <summary>Gives the set back once its validation has ended (it must not be used afterwards).</summary>
    public static void Return(DirectoryCatalog catalog, CompiledDirectories compiled)
    {
        var kept = s_kept.GetOrCreateValue(catalog);
        if (kept.Count < MaxKept)
        {
            kept.Add(compiled);
        }
    }

    /// <summary>The directories compiled so far.</summary>
    public int Count => _compiled.Count;

    /// <summary>The directory compiled with the service directory that defines its service segments.</summary>
    public CompiledDirectory Get(EdifactDirectory directory, EdifactDirectory service)
    {
        if (!_compiled.TryGetValue((directory, service), out var compiled))
        {
            compiled = new CompiledDirectory(directory, service);
            _compiled.Add((directory, service), compiled);
        }

        return compiled;
    }
}

using System.Xml;
using System.Xml.Schema;

namespace UniPass.Gateway.Messages.Wco.Xml;

/// <summary>
/// Loads XML schema sets from files for validating WCO DM input: our own subset in <c>schemas/wco/</c>
/// or an operator-configured national set. Imports and includes resolve only to local files.
/// </summary>
public static class WcoXmlSchemas
{
    /// <summary>The file names of our own subset, relative to <c>schemas/wco/</c>.</summary>
    public static IReadOnlyList<string> SubsetFiles { get; } = ["DocumentMetaData.xsd", "Declaration.xsd", "Response.xsd"];

    /// <summary>Loads and compiles the schemas at <paramref name="paths"/>; their imports are followed on the local file system.</summary>
    public static XmlSchemaSet Load(params IEnumerable<string> paths)
    {
        var set = new XmlSchemaSet { XmlResolver = new LocalFileResolver() };
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        foreach (var path in paths)
        {
            using var reader = XmlReader.Create(Path.GetFullPath(path), settings);
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }

    /// <summary>Our own subset, from the <c>schemas/wco</c> folder given.</summary>
    public static XmlSchemaSet LoadSubset(string schemasWcoDirectory) => Load(SubsetFiles.Select(f => Path.Combine(schemasWcoDirectory, f)));

    // Schema imports may name local files only; nothing is fetched over a network.
    private sealed class LocalFileResolver : XmlUrlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) =>
            absoluteUri.IsFile ? base.GetEntity(absoluteUri, role, ofObjectToReturn) : throw new XmlException($"schema location {absoluteUri} is not a local file");
    }
}

using UniPass.Gateway.Messages.Edifact.Mapping;
using UniPass.Gateway.Messages.Edifact.Tests.Support;

namespace UniPass.Gateway.Messages.Edifact.Tests.Mapping.Support;

/// <summary>A mapper over the committed directories, and the mapping fixtures in <c>Fixtures/Mapping/</c>.</summary>
internal static class Mapper
{
    private static readonly Lazy<EdifactMapper> s_mapper = new(() => new EdifactMapper(TestDirectories.Catalog));

    public static EdifactMapper Instance => s_mapper.Value;

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Mapping", name));

    public static EdifactInterchangeMapping Map(byte[] interchange, EdifactReadMode mode = EdifactReadMode.Strict) =>
        Instance.Map(interchange, mode == EdifactReadMode.Lenient ? EdifactReaderOptions.Lenient : EdifactReaderOptions.Strict);

    public static string Describe(EdifactInterchangeMapping mapping) =>
        string.Join("\n", mapping.Envelope.Diagnostics.Select(d => d.ToString()).Concat(mapping.Messages.SelectMany(m => m.Diagnostics).Select(d => d.ToString())));
}

using System.Globalization;
using System.Text;

namespace UniPass.Gateway.LoadClient;

/// <summary>
/// The declarations to send: the project's CUSDEC fixture (sender and declarant <c>DEMO</c>) with a unique interchange control
/// reference (ISO 9735 0020, an..14) and LRN per submission, so that none is a repeat; or a given file as is.
/// </summary>
internal sealed class MessageSource
{
    public const string Sender = "DEMO";
    private const string TemplateReference = "DEMO0001";
    private const string TemplateLrn = "LRN-DEMO-0001";

    private readonly string? _template;
    private readonly byte[]? _file;
    private readonly string _run = Random.Shared.Next(0x1000, 0xFFFF).ToString("X4", CultureInfo.InvariantCulture);

    public MessageSource(string? file)
    {
        if (file is not null)
        {
            _file = System.IO.File.ReadAllBytes(file);
            return;
        }

        var path = Path.Combine(RepositoryRoot(), "tests", "Gateway.Host.Tests", "Fixtures", "CUSDEC_DEMO.edi");
        _template = System.IO.File.ReadAllText(path, Encoding.ASCII);
    }

    public string Describe() => _file is null ? "CUSDEC D.96B (fixture CUSDEC_DEMO.edi), unique control reference per submission" : $"file of {_file.Length} bytes, as is";

    public byte[] Next(long sequence)
    {
        if (_file is not null)
        {
            return _file;
        }

        var reference = "L" + _run + sequence.ToString("D9", CultureInfo.InvariantCulture);
        return Encoding.ASCII.GetBytes(_template!.Replace(TemplateReference, reference, StringComparison.Ordinal).Replace(TemplateLrn, "LRN-" + reference, StringComparison.Ordinal));
    }

    public string IdempotencyKey(long sequence) => $"load-{_run}-{sequence}";

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "UniPass.Gateway.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (UniPass.Gateway.sln) was not found above " + AppContext.BaseDirectory);
    }
}

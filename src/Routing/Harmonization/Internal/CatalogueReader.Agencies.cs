using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Routing.Harmonization.Internal;

/// <summary>The agencies: ids, conditions and needs, each field path resolved against the document shape.</summary>
internal sealed partial class CatalogueReader
{
    private const int MaxIdLength = 64;

    private const string IdMember = "id";
    private const string NameMember = "name";
    private const string CommonCoreMember = "commonCore";
    private const string ConcernedByMember = "concernedBy";
    private const string NeedsMember = "needs";
    private const string BecauseMember = "because";
    private const string FieldsMember = "fields";
    private const string DocumentsOfConditionMember = "documents";
    private const string HsCodesMember = "hsCodes";
    private const string ProcedureCodesMember = "procedureCodes";
    private const string DocumentCodesMember = "documentCodes";
    private const string UnNumbersMember = "unNumbers";
    private const string DeclarationTypesMember = "declarationTypes";
    private const string PermitStagesMember = "permitStages";
    private const string IssuingAgenciesMember = "issuingAgencies";

    private static readonly (string Member, Criterion Criterion)[] s_criteria =
    [
        (HsCodesMember, Criterion.HsCodes),
        (ProcedureCodesMember, Criterion.ProcedureCodes),
        (DocumentCodesMember, Criterion.DocumentCodes),
        (UnNumbersMember, Criterion.UnNumbers),
        (DeclarationTypesMember, Criterion.DeclarationTypes),
        (PermitStagesMember, Criterion.PermitStages),
        (IssuingAgenciesMember, Criterion.IssuingAgencies),
    ];

    private readonly List<(string Id, string Pointer)> _agencyReferences = [];

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[0-9A-Z]{2,4}$")]
    private static partial Regex ProcedureCodePattern();

    [GeneratedRegex("^[0-9A-Z]{4}$")]
    private static partial Regex DocumentCodePattern();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex UnNumberPattern();

    [GeneratedRegex("^[A-Z]{1,3}$")]
    private static partial Regex DeclarationTypePattern();

    private List<Agency> ReadAgencies(JsonNode? node, string pointer)
    {
        var agencies = new List<Agency>();
        if (node is not JsonArray array)
        {
            Error(HarmonizationDiagnosticIds.WrongType, pointer, $"expected an array of agencies, found {Describe(node)}");
            return agencies;
        }

        if (array.Count == 0)
        {
            Error(HarmonizationDiagnosticIds.WrongType, pointer, "expected at least one agency");
        }

        if (array.Count > MaxAgencies)
        {
            Error(HarmonizationDiagnosticIds.TooManyAgencies, pointer, $"{array.Count} agencies; the splitter handles at most {MaxAgencies}");
            return agencies;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            if (ReadAgency(array[i], Child(pointer, i), agencies.Count, ids) is { } agency)
            {
                agencies.Add(agency);
            }
        }

        foreach (var (id, at) in _agencyReferences)
        {
            if (!ids.Contains(id))
            {
                Error(HarmonizationDiagnosticIds.UnknownAgency, at, $"no agency of the catalogue has the id '{id}'; ids: {string.Join(", ", ids)}");
            }
        }

        var cores = agencies.Where(a => a.IsCommonCore).Select(a => a.Id).ToList();
        if (cores.Count != 1 && array.Count > 0)
        {
            Error(
                HarmonizationDiagnosticIds.CommonCore,
                pointer,
                cores.Count == 0
                    ? $"no agency has \"{CommonCoreMember}\": true; exactly one (customs) must define the common core"
                    : $"{string.Join(", ", cores)} all have \"{CommonCoreMember}\": true; exactly one agency defines the common core");
        }

        return agencies;
    }

    private Agency? ReadAgency(JsonNode? node, string pointer, int index, HashSet<string> ids)
    {
        var obj = ExpectObject(node, pointer, IdMember, NameMember, DescriptionMember, CommonCoreMember, ConcernedByMember, NeedsMember);
        if (obj is null)
        {
            return null;
        }

        var errorsBefore = _diagnostics.Count(d => d.IsError);
        var id = RequiredString(obj, IdMember, pointer);
        if (id is not null)
        {
            if (!IdPattern().IsMatch(id) || id.Length > MaxIdLength)
            {
                Error(HarmonizationDiagnosticIds.BadCode, Child(pointer, IdMember), $"agency id '{id}' must be lower-case letters and digits in words joined by '-' (at most {MaxIdLength} characters): it names the topic oga.<id>");
            }
            else if (!ids.Add(id))
            {
                Error(HarmonizationDiagnosticIds.Duplicate, Child(pointer, IdMember), $"agency id '{id}' is used twice");
            }
        }

        var name = RequiredString(obj, NameMember, pointer);
        var description = OptionalString(obj, DescriptionMember, pointer);
        var isCore = OptionalBoolean(obj, CommonCoreMember, pointer);

        var conditions = new List<AgencyCondition>();
        if (!obj.ContainsKey(ConcernedByMember))
        {
            Error(HarmonizationDiagnosticIds.MissingMember, pointer, $"'{ConcernedByMember}' is required");
        }
        else if (obj[ConcernedByMember] is not JsonArray conditionArray)
        {
            Error(HarmonizationDiagnosticIds.WrongType, Child(pointer, ConcernedByMember), $"expected an array of conditions, found {Describe(obj[ConcernedByMember])}");
        }
        else
        {
            var conditionIds = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < conditionArray.Count; i++)
            {
                if (ReadCondition(conditionArray[i], Child(Child(pointer, ConcernedByMember), i), conditionIds) is { } condition)
                {
                    conditions.Add(condition);
                }
            }
        }

        var needs = new Dictionary<string, AgencyNeeds>(StringComparer.Ordinal);
        if (!obj.ContainsKey(NeedsMember))
        {
            Error(HarmonizationDiagnosticIds.MissingMember, pointer, $"'{NeedsMember}' is required");
        }
        else if (ExpectObject(obj[NeedsMember], Child(pointer, NeedsMember)) is { } needsObject)
        {
            foreach (var (documentType, value) in needsObject)
            {
                var at = Child(Child(pointer, NeedsMember), documentType);
                if (!_shapes.TryGetValue(documentType, out var shape))
                {
                    Error(HarmonizationDiagnosticIds.UnknownDocumentType, at, $"'{documentType}' is not among the catalogue's documents ({string.Join(", ", _shapes.Keys)})");
                    continue;
                }

                if (ReadNeeds(shape, value, at) is { } documentNeeds)
                {
                    needs[documentType] = documentNeeds;
                }
            }
        }

        CheckReachable(pointer, id, conditions, needs);
        return _diagnostics.Count(d => d.IsError) > errorsBefore
            ? null
            : new Agency(index, id!, name!, description, isCore, conditions, needs);
    }

    private void CheckReachable(string pointer, string? id, List<AgencyCondition> conditions, Dictionary<string, AgencyNeeds> needs)
    {
        var concerned = conditions.SelectMany(c => c.DocumentTypes).ToHashSet(StringComparer.Ordinal);
        foreach (var documentType in needs.Keys.Where(t => !concerned.Contains(t)))
        {
            Warning(HarmonizationDiagnosticIds.Unreachable, Child(Child(pointer, NeedsMember), documentType), $"agency '{id}' needs fields of {documentType} documents, but none of its conditions concerns a {documentType}");
        }

        foreach (var documentType in concerned.Where(t => !needs.ContainsKey(t)))
        {
            Warning(HarmonizationDiagnosticIds.Unreachable, Child(pointer, ConcernedByMember), $"agency '{id}' is concerned by {documentType} documents but needs none of their fields");
        }
    }

    private AgencyCondition? ReadCondition(JsonNode? node, string pointer, HashSet<string> conditionIds)
    {
        string[] members = [IdMember, DocumentsOfConditionMember, BecauseMember, .. s_criteria.Select(c => c.Member)];
        var obj = ExpectObject(node, pointer, members);
        if (obj is null)
        {
            return null;
        }

        var errorsBefore = _diagnostics.Count(d => d.IsError);
        var id = RequiredString(obj, IdMember, pointer);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            Error(HarmonizationDiagnosticIds.BadCode, Child(pointer, IdMember), $"condition id '{id}' must be lower-case letters and digits in words joined by '-'");
        }
        else if (id is not null && !conditionIds.Add(id))
        {
            Error(HarmonizationDiagnosticIds.Duplicate, Child(pointer, IdMember), $"condition id '{id}' is used twice in this agency");
        }

        var because = RequiredString(obj, BecauseMember, pointer);
        var documentTypes = new List<string>();
        if (!obj.ContainsKey(DocumentsOfConditionMember))
        {
            Error(HarmonizationDiagnosticIds.MissingMember, pointer, $"'{DocumentsOfConditionMember}' is required: the document types the condition applies to");
        }
        else
        {
            foreach (var (documentType, at) in ExpectStrings(obj[DocumentsOfConditionMember], Child(pointer, DocumentsOfConditionMember)))
            {
                if (!_shapes.ContainsKey(documentType))
                {
                    Error(HarmonizationDiagnosticIds.UnknownDocumentType, at, $"'{documentType}' is not among the catalogue's documents ({string.Join(", ", _shapes.Keys)})");
                }
                else if (documentTypes.Contains(documentType, StringComparer.Ordinal))
                {
                    Error(HarmonizationDiagnosticIds.Duplicate, at, $"'{documentType}' is named twice");
                }
                else
                {
                    documentTypes.Add(documentType);
                }
            }
        }

        foreach (var (member, criterion) in s_criteria)
        {
            if (!obj.ContainsKey(member))
            {
                continue;
            }

            var notApplicable = documentTypes.Where(t => !SplitDocuments.Applies(criterion, t)).ToList();
            if (notApplicable.Count > 0)
            {
                var appliesTo = SplitDocuments.All.Where(t => SplitDocuments.Applies(criterion, t));
                Error(HarmonizationDiagnosticIds.CriterionNotApplicable, Child(pointer, member), $"'{member}' means nothing for {string.Join(" and ", notApplicable)} documents; it applies to {string.Join(", ", appliesTo)}");
            }
        }

        // Issuers are checked against the catalogue's ids once every agency is read.
        var issuers = new List<string>();
        if (obj.ContainsKey(IssuingAgenciesMember))
        {
            foreach (var (agencyId, at) in ExpectStrings(obj[IssuingAgenciesMember], Child(pointer, IssuingAgenciesMember)))
            {
                issuers.Add(agencyId);
                _agencyReferences.Add((agencyId, at));
            }
        }

        var condition = new AgencyCondition
        {
            Id = id ?? string.Empty,
            Because = because ?? string.Empty,
            DocumentTypes = documentTypes,
            HsCodes = Codes(obj, HsCodesMember, pointer, (string text, out HsCodeRange value, out string? error) => HsCodeRange.TryParse(text, out value, out error)),
            ProcedureCodes = Codes(obj, ProcedureCodesMember, pointer, Matching(ProcedureCodePattern(), "a procedure code of 2 to 4 capital letters or digits (WCO DM 166)")),
            DocumentCodes = Codes(obj, DocumentCodesMember, pointer, Matching(DocumentCodePattern(), "a document code of 4 capital letters or digits: category and type, e.g. N851")),
            UnNumbers = Codes(obj, UnNumbersMember, pointer, Matching(UnNumberPattern(), "a UN number of 4 digits")),
            DeclarationTypes = Codes(obj, DeclarationTypesMember, pointer, Matching(DeclarationTypePattern(), "a declaration type prefix of 1 to 3 capital letters, e.g. IM")),
            PermitStages = Codes(obj, PermitStagesMember, pointer, (string text, out PermitStage value, out string? error) =>
            {
                var ok = Enum.TryParse(text, ignoreCase: false, out value) && Enum.IsDefined(value) && !char.IsAsciiDigit(text[0]);
                error = ok ? null : $"expected one of: {string.Join(", ", Enum.GetNames<PermitStage>())}";
                return ok;
            }),
            IssuingAgencies = issuers,
        };

        return _diagnostics.Count(d => d.IsError) > errorsBefore ? null : condition;
    }

    private delegate bool CodeParser<T>(string text, out T value, out string? error);

    private static CodeParser<string> Matching(Regex pattern, string expected) => (string text, out string value, out string? error) =>
    {
        value = text;
        error = pattern.IsMatch(text) ? null : "expected " + expected;
        return error is null;
    };

    private List<T> Codes<T>(JsonObject obj, string member, string pointer, CodeParser<T> parse)
    {
        var values = new List<T>();
        if (!obj.ContainsKey(member))
        {
            return values;
        }

        foreach (var (text, at) in ExpectStrings(obj[member], Child(pointer, member)))
        {
            if (parse(text, out var value, out var error))
            {
                values.Add(value);
            }
            else
            {
                Error(HarmonizationDiagnosticIds.BadCode, at, $"'{text}': {error}");
            }
        }

        return values;
    }

    private AgencyNeeds? ReadNeeds(DocumentShape shape, JsonNode? node, string pointer)
    {
        var obj = ExpectObject(node, pointer, BecauseMember, FieldsMember);
        if (obj is null)
        {
            return null;
        }

        var because = OptionalString(obj, BecauseMember, pointer);
        if (!obj.ContainsKey(FieldsMember))
        {
            Error(HarmonizationDiagnosticIds.MissingMember, pointer, $"'{FieldsMember}' is required");
            return null;
        }

        var paths = new List<string>();
        var atoms = new SortedSet<int>();
        foreach (var (path, at) in ExpectStrings(obj[FieldsMember], Child(pointer, FieldsMember)))
        {
            if (paths.Contains(path, StringComparer.Ordinal))
            {
                Warning(HarmonizationDiagnosticIds.Duplicate, at, $"'{path}' is named twice");
                continue;
            }

            paths.Add(path);
            if (Resolve(shape, path, at) is { } resolved)
            {
                atoms.UnionWith(DocumentShape.AtomsBelow(resolved).Select(a => a.Atom));
            }
        }

        return new AgencyNeeds(because, paths, [.. atoms.Select(a => shape.Atoms[a].Pattern)], [.. atoms]);
    }

    /// <summary>The shape node <paramref name="path"/> names, or null with a finding saying which step fails and why.</summary>
    private ShapeNode? Resolve(DocumentShape shape, string path, string pointer)
    {
        if (path.Length < 2 || path[0] != '/')
        {
            Error(HarmonizationDiagnosticIds.UnknownField, pointer, $"'{path}' is not a field path: expected a JSON pointer such as /goodsItems/*/commodityCode");
            return null;
        }

        var node = shape.Root;
        var walked = string.Empty;
        foreach (var token in path[1..].Split('/'))
        {
            var here = walked.Length == 0 ? $"a {shape.DocumentType}" : $"'{walked}'";
            switch (node.Kind)
            {
                case ShapeKind.Object when node.Member(token) is { } member:
                    node = member;
                    break;
                case ShapeKind.Object:
                    Error(HarmonizationDiagnosticIds.UnknownField, pointer, $"'{path}': {here} has no member '{token}'; its members are {string.Join(", ", node.Members.Select(m => m.Name))}");
                    return null;
                case ShapeKind.KeyedArray when token == "*":
                    node = node.Element!;
                    break;
                case ShapeKind.KeyedArray:
                    Error(HarmonizationDiagnosticIds.UnknownField, pointer, $"'{path}': {here} is an array; the step after it must be '*' (every element)");
                    return null;
                case ShapeKind.AtomicArray when node.Element is not null && token == "*":
                    Error(HarmonizationDiagnosticIds.UnkeyedArray, pointer, $"'{path}' descends into the elements of {here}, which the catalogue does not key: name the whole array ('{walked}') or key its elements in documents.{shape.DocumentType}.keys");
                    return null;
                case ShapeKind.AtomicArray:
                    Error(HarmonizationDiagnosticIds.UnknownField, pointer, $"'{path}': {here} is {node.Description}; it has no member '{token}'");
                    return null;
                default:
                    Error(HarmonizationDiagnosticIds.UnknownField, pointer, $"'{path}': {here} is a value; it has no member '{token}'");
                    return null;
            }

            walked += "/" + token;
        }

        return node;
    }
}

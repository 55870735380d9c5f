namespace Entente.Core.Extraction.Trade;

/// <summary>The words trade statements are built from, lower case.</summary>
internal static class TradeVocabulary
{
    /// <summary>
    /// Nouns and participles of a flow out of the country before them ("Vietnam's exports", "Indian
    /// shipments"); "imported" is here for its passive ("goods … were imported into").
    /// </summary>
    public static readonly HashSet<string> ExportNouns =
        ["exports", "export", "sales", "shipments", "supplies", "deliveries", "exported", "shipped", "sold", "supplied", "imported"];

    /// <summary>Nouns of a flow into the country before them: "Pakistan's imports from".</summary>
    public static readonly HashSet<string> ImportNouns = ["imports", "import", "purchases"];

    /// <summary>Nouns of two-way trade.</summary>
    public static readonly HashSet<string> TotalNouns = ["trade", "turnover", "commerce"];

    /// <summary>Words after a trade noun that make it something else: "trade fair", "export credit".</summary>
    public static readonly HashSet<string> NotFlowFollowers =
    [
        "deal", "deals", "agreement", "agreements", "fair", "fairs", "office", "offices", "minister", "ministers", "ministry",
        "promotion", "council", "forum", "mission", "missions", "centre", "center", "exhibition", "contract", "contracts",
        "credit", "zone", "zones", "route", "routes", "barrier", "barriers", "policy", "policies", "union", "area", "commission",
        "committee", "organization", "organisation", "bloc", "partner", "partners", "partnership", "war", "talks",
        "delegation", "licence", "license", "licences", "licenses", "finance", "financing", "agency", "agencies", "tariff",
        "tariffs", "ban", "bans", "quota", "quotas", "representative", "representatives", "chamber", "secretary", "department",
        "facilitation", "cooperation", "ties", "relations", "surplus", "deficit", "balance", "gap", "dispute", "disputes",
    ];

    /// <summary>Words before a trade noun that make it something else: "free trade", "export-oriented".</summary>
    public static readonly HashSet<string> NotFlowLeaders = ["free", "fair", "digital", "foreign-trade", "e-commerce", "power", "electricity"];

    /// <summary>Words that say a figure is not the pair's own: a world total or a third party.</summary>
    public static readonly HashSet<string> WorldWords =
        ["total", "overall", "foreign", "global", "world", "worldwide", "entire", "whole", "intra-african", "intra-regional", "combined"];

    /// <summary>Words that say two countries trade with each other.</summary>
    public static readonly HashSet<string> BilateralWords = ["two-way", "bilateral", "mutual", "between", "both", "reciprocal"];

    /// <summary>Words of forecasts, conditions and wishes: no fact of a flow comes from their clause.</summary>
    public static readonly HashSet<string> Hypothetical =
    [
        "could", "would", "might", "may", "should", "will", "expected", "expects", "expect", "forecast", "forecasts",
        "projected", "projects", "predicted", "predicts", "likely", "if", "unless", "potential", "aim", "aims", "aiming", "envisage", "envisaged",
        "target", "targets", "targeted", "goal", "goals", "want", "wants", "intend", "intends", "plan", "plans", "planned",
        "seek", "seeks", "hope", "hopes", "possible", "possibly", "targeting", "towards", "toward",
    ];

    /// <summary>Words of a stated intention, one of which a trade goal needs.</summary>
    public static readonly HashSet<string> IntentWords =
    [
        "aim", "aims", "aimed", "aiming", "target", "targets", "targeted", "targeting", "goal", "goals", "want", "wants",
        "wanted", "intend", "intends", "intended", "seek", "seeks", "sought", "plan", "plans", "planned", "agree", "agreed",
        "agrees", "set", "sets", "course", "strive", "striving", "commit", "committed", "commits", "pledge", "pledged",
        "vow", "vowed", "hope", "hopes", "hoped", "determined", "instructed", "tasked", "urged", "called", "resolve",
        "resolved", "objective", "ambition", "bid", "push", "efforts", "effort", "work", "working", "strategy", "roadmap",
        "propose", "proposes", "proposed", "proposing", "suggest", "suggests", "suggested", "commitment", "commitments",
        "must", "need", "needs", "determination", "intention", "intentions", "task", "tasks", "ways", "necessary",
        "prepared", "ready",
    ];

    /// <summary>Verbs in base or -ing form that raise a figure towards a goal: "to raise trade to", "raising it to".</summary>
    public static readonly HashSet<string> RaiseVerbs =
    [
        "raise", "raising", "lift", "lifting", "boost", "boosting", "bring", "bringing", "increase", "increasing", "push",
        "pushing", "take", "taking", "expand", "expanding", "double", "doubling", "triple", "tripling", "elevate",
        "elevating", "grow", "reach", "reaching", "hit", "exceed", "exceeding", "surpass", "surpassing", "achieve", "achieving",
        "rise", "climb", "augment", "augmenting", "escalate", "escalating", "extend", "extending", "enhance", "enhancing",
        "spur", "spurring", "accelerate", "accelerating",
    ];

    /// <summary>Lower-case words that may stand right before "exports"/"imports" of a whole flow; any other ("rice exports") names one product.</summary>
    public static readonly HashSet<string> WholeFlowLeaders =
    [
        "the", "its", "their", "two-way", "bilateral", "mutual", "annual", "total", "overall", "merchandise", "goods",
        "non-oil", "and", "while", "whereas", "of", "value", "with", "whose", "monthly", "yearly", "quarterly", "combined",
        "direct", "official", "'s", "'", ",", "in", "as", "that", "which", "where", "but", "so",
    ];

    /// <summary>Nouns of a figure's level before "of $X": "a record high of $26 billion", "a record figure of $24 billion".</summary>
    public static readonly HashSet<string> LevelNouns = ["high", "figure", "level", "value", "mark", "sum", "amount", "volume", "total"];

    /// <summary>What a whole flow may be "of": "exports of goods", not "exports of rice".</summary>
    public static readonly HashSet<string> GenericGoods = ["goods", "products", "merchandise", "commodities", "the", "all", "goods and services"];

    /// <summary>Words of forecasts and conditions: a goal stated under them is not a goal.</summary>
    public static readonly HashSet<string> Conditional =
    [
        "could", "would", "might", "may", "if", "unless", "expected", "expects", "forecast", "forecasts", "projected",
        "predicted", "predicts", "likely", "possible", "possibly", "analysts", "economists",
    ];

    /// <summary>
    /// Verbs (and their particles) telling that a flow changed: "rose from $1 million to $3 million", "grew to $9 billion
    /// between 2015 and 2020". "reached" and "totalled" are not here: over a span they may sum it.
    /// </summary>
    public static readonly HashSet<string> ChangeVerbs =
    [
        "grew", "grown", "growing", "rose", "risen", "rising", "increased", "increasing", "climbed", "climbing", "jumped",
        "surged", "soared", "expanded", "fell", "fallen", "falling", "dropped", "declined", "decreased", "went", "up", "down",
    ];

    /// <summary>Verbs right before a goal's figure: "to reach $5 billion".</summary>
    public static readonly HashSet<string> ReachVerbs = ["reach", "hit", "exceed", "surpass", "achieve", "top", "attain"];

    /// <summary>Verbs that take a trade figure as their goal: "target trade of $20 billion".</summary>
    public static readonly HashSet<string> GoalVerbs = ["target", "targets", "targeting", "aim", "aims", "aiming", "seek", "seeks", "eye", "eyes", "eyeing", "envisage", "envisages"];

    /// <summary>Nouns a goal's figure may follow: "a target of $5 billion".</summary>
    public static readonly HashSet<string> GoalNouns = ["target", "targets", "goal", "goals", "objective", "objectives", "ambition", "aim"];

    /// <summary>Words before a date that make it a point of comparison, not the period: "up 20% from 2022".</summary>
    public static readonly HashSet<string> ComparisonWords = ["from", "on", "than", "since", "against", "versus", "vs", "over", "with"];

    /// <summary>Words that open a new clause after a comma.</summary>
    public static readonly HashSet<string> ClauseOpeners = ["while", "whereas", "with", "and", "but", "so", "although", "though", "which", "when"];
}

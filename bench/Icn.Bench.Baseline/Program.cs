using Icn.Bench.Baseline;

var builder = WebApplication.CreateBuilder(args);
// As the API does in Production (its appsettings.json): warnings only, no line per request. The harness
// starts the baseline from the repository's root, so a settings file beside it would not be read.
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddListingDatabase(builder.Configuration);
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, ListingJsonContext.Default));

var app = builder.Build();
app.MapWebsiteListing();
await app.RunAsync();

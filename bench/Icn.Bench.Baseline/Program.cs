using Icn.Bench.Baseline;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddListingDatabase(builder.Configuration);
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, ListingJsonContext.Default));

var app = builder.Build();
app.MapWebsiteListing();
await app.RunAsync();

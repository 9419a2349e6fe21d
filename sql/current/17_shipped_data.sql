------------------------------------------------------------------------
-- Shipped data: providers, regions and price books.  The models,
-- aliases, prices and rules are the CSV files of catalog/ (the seed book's
-- in catalog/seed/), with the source of each figure, loaded after this
-- file (15_catalog_loader.sql).
------------------------------------------------------------------------

INSERT INTO bedprice.price_books (book, parent, description, shipped) VALUES
    ('aws', NULL, 'AWS''s list prices, with the source of each figure (the default book)', true),
    ('seed-2026-04-10', NULL,
     'The figures of the document bedprice started from (TokenMix Research Lab, 2026-04-10): its tables, its +10% cross-region and global surcharges, its GovCloud +20%, its provisioned estimates; several are not what AWS bills', true);

INSERT INTO bedprice.providers (provider, display_name, kind, shipped) VALUES
    ('bedrock', 'Amazon Bedrock', 'cloud', true),
    ('anthropic', 'Anthropic API', 'direct', true),
    ('together', 'Together AI', 'direct', true),
    ('groq', 'Groq', 'direct', true);

INSERT INTO bedprice.regions (region, geography, display_name, shipped) VALUES
    ('us-east-1', 'us', 'US East (N. Virginia)', true),
    ('us-east-2', 'us', 'US East (Ohio)', true),
    ('us-west-1', 'us', 'US West (N. California)', true),
    ('us-west-2', 'us', 'US West (Oregon)', true),
    ('us-gov-east-1', 'us-gov', 'AWS GovCloud (US-East)', true),
    ('us-gov-west-1', 'us-gov', 'AWS GovCloud (US-West)', true),
    ('ca-central-1', 'ca', 'Canada (Central)', true),
    ('sa-east-1', 'sa', 'South America (Sao Paulo)', true),
    ('eu-central-1', 'eu', 'Europe (Frankfurt)', true),
    ('eu-central-2', 'eu', 'Europe (Zurich)', true),
    ('eu-west-1', 'eu', 'Europe (Ireland)', true),
    ('eu-west-2', 'eu', 'Europe (London)', true),
    ('eu-west-3', 'eu', 'Europe (Paris)', true),
    ('eu-north-1', 'eu', 'Europe (Stockholm)', true),
    ('eu-south-1', 'eu', 'Europe (Milan)', true),
    ('eu-south-2', 'eu', 'Europe (Spain)', true),
    ('ap-northeast-1', 'jp', 'Asia Pacific (Tokyo)', true),
    ('ap-northeast-2', 'apac', 'Asia Pacific (Seoul)', true),
    ('ap-northeast-3', 'jp', 'Asia Pacific (Osaka)', true),
    ('ap-south-1', 'apac', 'Asia Pacific (Mumbai)', true),
    ('ap-south-2', 'apac', 'Asia Pacific (Hyderabad)', true),
    ('ap-southeast-1', 'apac', 'Asia Pacific (Singapore)', true),
    ('ap-southeast-2', 'au', 'Asia Pacific (Sydney)', true),
    ('ap-southeast-3', 'apac', 'Asia Pacific (Jakarta)', true),
    ('ap-southeast-4', 'au', 'Asia Pacific (Melbourne)', true),
    ('ap-southeast-5', 'apac', 'Asia Pacific (Malaysia)', true),
    ('ap-southeast-7', 'apac', 'Asia Pacific (Thailand)', true),
    ('ap-east-2', 'apac', 'Asia Pacific (Taipei)', true),
    ('me-central-1', 'me', 'Middle East (UAE)', true),
    ('me-south-1', 'me', 'Middle East (Bahrain)', true),
    ('il-central-1', 'il', 'Israel (Tel Aviv)', true);

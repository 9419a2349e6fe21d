/* bedprice 0.1.0 -> 0.2.0: history, price sheets, importers, dumps, privileges */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION bedprice UPDATE TO '0.2.0'" to load this file. \quit

------------------------------------------------------------------------
-- Edits to shipped rows survive pg_dump.
--
-- pg_dump keeps the rows users add (shipped = false).  A change to a
-- shipped row (an UPDATE, such as closing its validity, or a DELETE) is
-- recorded in bedprice.shipped_changes, which pg_dump keeps whole; on
-- restore, after CREATE EXTENSION has put the shipped rows back, each
-- restored record applies its change again.
------------------------------------------------------------------------

CREATE TABLE bedprice.shipped_changes (
    table_name text NOT NULL
               CHECK (table_name IN ('providers', 'regions', 'models', 'model_aliases',
                                     'prices', 'multipliers')),
    row_key    jsonb NOT NULL,
    action     text NOT NULL CHECK (action IN ('update', 'delete')),
    row_data   jsonb,
    changed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (table_name, row_key),
    CHECK ((action = 'update') = (row_data IS NOT NULL))
);
COMMENT ON TABLE bedprice.shipped_changes IS
    'Changes users made to shipped catalog rows (the row''s key, and its new values or its deletion), so that pg_dump and ALTER EXTENSION UPDATE keep them.';
SELECT pg_catalog.pg_extension_config_dump('bedprice.shipped_changes', '');

-- The key columns of a catalog table, for shipped_changes.row_key.
CREATE FUNCTION bedprice.catalog_key_columns(table_name text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE table_name
        WHEN 'providers' THEN ARRAY['provider']
        WHEN 'regions' THEN ARRAY['region']
        WHEN 'models' THEN ARRAY['provider', 'model']
        WHEN 'model_aliases' THEN ARRAY['provider', 'alias']
        WHEN 'prices' THEN ARRAY['price_id']
        WHEN 'multipliers' THEN ARRAY['multiplier_id']
    END
$$;
COMMENT ON FUNCTION bedprice.catalog_key_columns(text) IS
    'Internal: the primary key columns of a bedprice catalog table.';

-- The condition "row t has the key of the row given as jsonb $1" for the
-- tables with history, for dynamic SQL (a generic record has no fields).
CREATE FUNCTION bedprice.same_key_condition(table_name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE table_name
        WHEN 'prices' THEN
            '(t.provider, t.model, t.routing, t.mode, t.charge, t.above_input_tokens)
             = ($1->>''provider'', $1->>''model'', $1->>''routing'', $1->>''mode'', $1->>''charge'',
                ($1->>''above_input_tokens'')::bigint)
             AND t.region IS NOT DISTINCT FROM $1->>''region'''
        WHEN 'multipliers' THEN
            '(t.provider, t.dimension, t.value) = ($1->>''provider'', $1->>''dimension'', $1->>''value'')'
    END
$$;
COMMENT ON FUNCTION bedprice.same_key_condition(text) IS
    'Internal: SQL comparing the key of row t of prices or multipliers with a row given as jsonb $1.';

-- Changes users made to shipped rows under 0.1.0, which recorded none:
-- each shipped row of 0.1.0 is known by its key and a digest of its values;
-- one that is gone, or whose values differ, is recorded now.
INSERT INTO bedprice.shipped_changes (table_name, row_key, action, row_data)
SELECT o.table_name, o.row_key,
       CASE WHEN cur.row_data IS NULL THEN 'delete' ELSE 'update' END,
       cur.row_data
FROM (SELECT v.table_name, v.row_key::jsonb AS row_key, v.digest FROM (VALUES
        ('providers', '{"provider": "anthropic"}', 'dcab4e4aae25c8861197bb408d2af0dc'),
        ('providers', '{"provider": "bedrock"}', 'ef7e10fa5df422478d9a23578e06cad1'),
        ('providers', '{"provider": "groq"}', '4cc4162cecbff3f84e79ee7d86effb70'),
        ('providers', '{"provider": "together"}', '4a2cedd665e378533f2684f7348fe808'),
        ('regions', '{"region": "ap-east-2"}', 'b07a5eebc5217920943f4a4d28f13fab'),
        ('regions', '{"region": "ap-northeast-1"}', '871fa5a514f58ed54e712b3ee5676067'),
        ('regions', '{"region": "ap-northeast-2"}', '6656c9c5852f2ce4e9954f2399024a3f'),
        ('regions', '{"region": "ap-northeast-3"}', '55be2ca85df430f8b2a9d20e9927773c'),
        ('regions', '{"region": "ap-south-1"}', '005e12ec0f37c47afb4995998ad60b31'),
        ('regions', '{"region": "ap-south-2"}', '363989064da45239e0b118a2327876c1'),
        ('regions', '{"region": "ap-southeast-1"}', '6fb2109a5b7bb0246124dbf2f592dda5'),
        ('regions', '{"region": "ap-southeast-2"}', '9fda2b18eb021b0075e6cdeb0cd85175'),
        ('regions', '{"region": "ap-southeast-3"}', 'd743c6c2f34afb17a36577a7492412c0'),
        ('regions', '{"region": "ap-southeast-4"}', 'b9c88a7bde60b911e301bd0c258aaaae'),
        ('regions', '{"region": "ap-southeast-5"}', '9bf22306ce2f0aec924ee8f9a79641a8'),
        ('regions', '{"region": "ap-southeast-7"}', '867ac9bbb257cd3f9b29ad94912e67f1'),
        ('regions', '{"region": "ca-central-1"}', 'dd6a5783869f4186c8324a8335ea5396'),
        ('regions', '{"region": "eu-central-1"}', '6ced99aca56855b72284ee4395898257'),
        ('regions', '{"region": "eu-central-2"}', 'f9125e953a9aad97d216216165907afb'),
        ('regions', '{"region": "eu-north-1"}', '49cb392f6c30e866bd18f8c89cc966f5'),
        ('regions', '{"region": "eu-south-1"}', '7b2826a9dcafc0fe197712247481c97d'),
        ('regions', '{"region": "eu-south-2"}', '7d32bff2f6b81ed4cfa64a85260905ed'),
        ('regions', '{"region": "eu-west-1"}', '63d89bb12e02dd4f8e9710e3245d58e4'),
        ('regions', '{"region": "eu-west-2"}', 'ea432594f5675902df506c4e15a67c86'),
        ('regions', '{"region": "eu-west-3"}', 'bf632572114749f884ad215b4cb6a587'),
        ('regions', '{"region": "il-central-1"}', 'b95ff9d02d4684a6ed86224833b60cd1'),
        ('regions', '{"region": "me-central-1"}', 'd90937b51b4a3e3bf8dced63a70e61c4'),
        ('regions', '{"region": "me-south-1"}', '03f699063a3eb7187bca397139dfeac6'),
        ('regions', '{"region": "sa-east-1"}', '1a47233c472e1a5d6052708822e8da5f'),
        ('regions', '{"region": "us-east-1"}', '3b5563c5e13c6025be5f717a6e64861f'),
        ('regions', '{"region": "us-east-2"}', '565344f57756b5652d8f9ec7a8a7303a'),
        ('regions', '{"region": "us-gov-east-1"}', 'e8c9a72e367678ef9af6ab04314565d3'),
        ('regions', '{"region": "us-gov-west-1"}', '854a8564e11454213e2220f78f80ad24'),
        ('regions', '{"region": "us-west-1"}', '243057f43b1c74b9bd632bd5e9975e71'),
        ('regions', '{"region": "us-west-2"}', '9c970cd44fb78befd97930bbadd80071'),
        ('models', '{"model": "amazon.nova-lite-v1:0", "provider": "bedrock"}', '2fb01cdd4e225d241defb79cfcbce6d2'),
        ('models', '{"model": "amazon.nova-micro-v1:0", "provider": "bedrock"}', '52d1dbcaa4fc030897f29a1958b6dd62'),
        ('models', '{"model": "amazon.nova-premier-v1:0", "provider": "bedrock"}', '182f136051c168352534670c36662d5c'),
        ('models', '{"model": "amazon.nova-pro-v1:0", "provider": "bedrock"}', '0c00a2d4c6e8d1c414b9232519958d4d'),
        ('models', '{"model": "anthropic.claude-3-5-haiku-20241022-v1:0", "provider": "bedrock"}', '66eb142344c2636fcce8b96755a8f585'),
        ('models', '{"model": "anthropic.claude-3-5-sonnet-20241022-v2:0", "provider": "bedrock"}', '9885f762723ee682321c70c9a34c952d'),
        ('models', '{"model": "anthropic.claude-3-opus-20240229-v1:0", "provider": "bedrock"}', 'd1ace362cbcb203ba0fe881c23eb72c8'),
        ('models', '{"model": "anthropic.claude-opus-4-20250514-v1:0", "provider": "bedrock"}', 'cb4628c5467ef0c47d124469d34b93eb'),
        ('models', '{"model": "anthropic.claude-sonnet-4-20250514-v1:0", "provider": "bedrock"}', '59b27e2d9b332e89fabf50c27cf63dd9'),
        ('models', '{"model": "claude-3-5-haiku-20241022", "provider": "anthropic"}', 'e6d214dac1075a65640cccaac850f57a'),
        ('models', '{"model": "claude-3-5-sonnet-20241022", "provider": "anthropic"}', 'a307e7fd20ad32119b79938c006b4b62'),
        ('models', '{"model": "claude-3-opus-20240229", "provider": "anthropic"}', '0b6b5a5c7632ffa0c57029444b96bd50'),
        ('models', '{"model": "claude-opus-4-20250514", "provider": "anthropic"}', '2f70d9d6fbf3939da85695779893421c'),
        ('models', '{"model": "claude-sonnet-4-20250514", "provider": "anthropic"}', 'a605ffabe7feedaf779d8c31b7ab9ff5'),
        ('models', '{"model": "llama-3.1-8b-instant", "provider": "groq"}', 'cefa24ec66d1ba6427c6c7eee75adbc8'),
        ('models', '{"model": "llama-3.3-70b-versatile", "provider": "groq"}', '821d22e4e15fd18ec491a8ff7300c8f1'),
        ('models', '{"model": "meta-llama/Llama-3.3-70B-Instruct-Turbo", "provider": "together"}', '85d772b772b69def175bdf9d016fe153'),
        ('models', '{"model": "meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8", "provider": "together"}', 'ece59c7e3b276b03d0a391897f528fae'),
        ('models', '{"model": "meta-llama/Llama-4-Scout-17B-16E-Instruct", "provider": "together"}', '2cc8633da459f4211df01bffe23bae9a'),
        ('models', '{"model": "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", "provider": "together"}', '8eeb2dceacfe0758f038c37ba754db85'),
        ('models', '{"model": "meta-llama/llama-4-maverick-17b-128e-instruct", "provider": "groq"}', 'a5800fb719ce2d86142d804aa7c4303e'),
        ('models', '{"model": "meta-llama/llama-4-scout-17b-16e-instruct", "provider": "groq"}', '161770bc158d9c35afd98c058aabead5'),
        ('models', '{"model": "meta.llama3-1-8b-instruct-v1:0", "provider": "bedrock"}', '594012e82bd17fa94a8dcd94b6704f07'),
        ('models', '{"model": "meta.llama3-3-70b-instruct-v1:0", "provider": "bedrock"}', '3b6b74fe434bf255f8b6db884d3b6998'),
        ('models', '{"model": "meta.llama4-maverick-17b-instruct-v1:0", "provider": "bedrock"}', '6b626c8ef1ee31c4f48bc3c77c68c305'),
        ('models', '{"model": "meta.llama4-scout-17b-instruct-v1:0", "provider": "bedrock"}', '32c379db4cac2ef334a787ef51b84716'),
        ('model_aliases', '{"alias": "Amazon Nova Lite", "provider": "bedrock"}', '7ee98142c2a6d151a7e20afdfebf5a0a'),
        ('model_aliases', '{"alias": "Amazon Nova Micro", "provider": "bedrock"}', '2b7e83c6b51b4835e75faa5bd5b14971'),
        ('model_aliases', '{"alias": "Amazon Nova Premier", "provider": "bedrock"}', '39bdf27d28317a5342bfe9d94f80ab07'),
        ('model_aliases', '{"alias": "Amazon Nova Pro", "provider": "bedrock"}', '2e6faff034c7078b41f5510ab54aa09f'),
        ('model_aliases', '{"alias": "Claude 3 Opus", "provider": "anthropic"}', '262dfa49c5e6909ed06a5149ff90d530'),
        ('model_aliases', '{"alias": "Claude 3 Opus", "provider": "bedrock"}', '64e26d1ca1d91319d010413ca94bf859'),
        ('model_aliases', '{"alias": "Claude 3.5 Haiku", "provider": "anthropic"}', '61f2f935a4b7c753903a1d3b6492757d'),
        ('model_aliases', '{"alias": "Claude 3.5 Haiku", "provider": "bedrock"}', 'dee717efe5d0b5be8b64076ebc7950c6'),
        ('model_aliases', '{"alias": "Claude 3.5 Sonnet v2", "provider": "anthropic"}', 'a1c50d870fe74eaf1fc1ecd7406dd3e7'),
        ('model_aliases', '{"alias": "Claude 3.5 Sonnet v2", "provider": "bedrock"}', '90a5fac72f2794f5df9bdae8aaa925d1'),
        ('model_aliases', '{"alias": "Claude 3.5 Sonnet", "provider": "anthropic"}', '55e30104cff819c7d5a2d09e9e5a36a3'),
        ('model_aliases', '{"alias": "Claude 3.5 Sonnet", "provider": "bedrock"}', 'a869cbbd15b2747bd6e8371997d760cb'),
        ('model_aliases', '{"alias": "Claude 4 Opus", "provider": "anthropic"}', 'bee38cd48d9e46f1292b2cd67203acc0'),
        ('model_aliases', '{"alias": "Claude 4 Opus", "provider": "bedrock"}', 'd185430c7a81583b67c0d7a2c269037c'),
        ('model_aliases', '{"alias": "Claude 4 Sonnet", "provider": "anthropic"}', '392877fa63fb206c552375f9e2ecb11d'),
        ('model_aliases', '{"alias": "Claude 4 Sonnet", "provider": "bedrock"}', '5329839b3aa85b06a6fafe478ce3921c'),
        ('model_aliases', '{"alias": "Claude Opus 4", "provider": "anthropic"}', '87155188e811a4279da6ecfb607a49e7'),
        ('model_aliases', '{"alias": "Claude Opus 4", "provider": "bedrock"}', 'ed8b94b1c1fc1998b42796e58a417233'),
        ('model_aliases', '{"alias": "Claude Sonnet 4", "provider": "anthropic"}', 'bb0da780db21f1350299784bfbf77ffd'),
        ('model_aliases', '{"alias": "Claude Sonnet 4", "provider": "bedrock"}', '7ac1674f1bb72a8bce819d860111fe02'),
        ('model_aliases', '{"alias": "Llama 3.1 8B", "provider": "bedrock"}', '3a81c99e3400ff3f61c36ff5ada78957'),
        ('model_aliases', '{"alias": "Llama 3.3 70B", "provider": "bedrock"}', 'e8da4b6ceb888269efb0ba2653966e59'),
        ('model_aliases', '{"alias": "Llama 3.3 70B", "provider": "groq"}', '80548549480507fa5754bb23d3044dc8'),
        ('model_aliases', '{"alias": "Llama 3.3 70B", "provider": "together"}', '19c33bcc2b7ed8450af28010c32e5c5a'),
        ('model_aliases', '{"alias": "Llama 3.3 8B", "provider": "bedrock"}', '63681e738e9fd737898c658224f5ba0c'),
        ('model_aliases', '{"alias": "Llama 3.3 8B", "provider": "groq"}', '171b80e34580ad0af649d57499038991'),
        ('model_aliases', '{"alias": "Llama 3.3 8B", "provider": "together"}', '333726b3fb4f1a40a9d75394ac2af59a'),
        ('model_aliases', '{"alias": "Llama 4 Maverick", "provider": "bedrock"}', 'c4599856e38ff72a1dd399d46574468b'),
        ('model_aliases', '{"alias": "Llama 4 Maverick", "provider": "groq"}', 'f584b5068ee3eb02fc8a5bb952855df8'),
        ('model_aliases', '{"alias": "Llama 4 Maverick", "provider": "together"}', '671c4dae08846db3c59799a23767e53e'),
        ('model_aliases', '{"alias": "Llama 4 Scout", "provider": "bedrock"}', '30ab54c6c72f6e11a4e102239276603e'),
        ('model_aliases', '{"alias": "Llama 4 Scout", "provider": "groq"}', '0d1b2ec86137114943c97569a5139b68'),
        ('model_aliases', '{"alias": "Llama 4 Scout", "provider": "together"}', '6325baeac9fca069b47d78f84b9e46dd'),
        ('model_aliases', '{"alias": "Nova Lite", "provider": "bedrock"}', '0a24be6d728a08289ddb78b4b6aecf43'),
        ('model_aliases', '{"alias": "Nova Micro", "provider": "bedrock"}', '5f1411a1449994dafc6fedc61d14274a'),
        ('model_aliases', '{"alias": "Nova Premier", "provider": "bedrock"}', 'a3b4104ae2c2759f0dcc27f56df34e50'),
        ('model_aliases', '{"alias": "Nova Pro", "provider": "bedrock"}', '3f078b6be2766eeb7358a64f97ac6866'),
        ('model_aliases', '{"alias": "claude-3-5-haiku-latest", "provider": "anthropic"}', '2c7e03067a3429e87d50093d8297aed0'),
        ('model_aliases', '{"alias": "claude-3-5-sonnet-latest", "provider": "anthropic"}', 'c194f238445004f30206299be95398d1'),
        ('model_aliases', '{"alias": "claude-3-opus-latest", "provider": "anthropic"}', '1fe341f41ad030a389b67bc155e94969'),
        ('model_aliases', '{"alias": "claude-opus-4-0", "provider": "anthropic"}', '54e8f3da5ab52638b65469c4aa6044cc'),
        ('model_aliases', '{"alias": "claude-sonnet-4-0", "provider": "anthropic"}', 'ec8e0795c686208d96ba3a01060bfbd2'),
        ('prices', '{"price_id": 10}', '16f6c5164f6e3bf216e80d2b5e181739'),
        ('prices', '{"price_id": 11}', '1561e3e7811c77f28abed8ac3a4b3302'),
        ('prices', '{"price_id": 12}', 'a17bf23b92a5498484c67ee2a14e68f4'),
        ('prices', '{"price_id": 13}', '3a98c44879768410fd23e4d7265a4339'),
        ('prices', '{"price_id": 14}', '2b2c7893c794068bc8c6dfa440c96f5d'),
        ('prices', '{"price_id": 15}', '721edf64f7daf9261c17587b9be36880'),
        ('prices', '{"price_id": 16}', '547c61bdfdfdd2a9355967be9b1b369e'),
        ('prices', '{"price_id": 17}', '70f165c302594586210eaae79026d10d'),
        ('prices', '{"price_id": 18}', '107ef70d53dcec8ee6c6554ccf17aec0'),
        ('prices', '{"price_id": 19}', 'f784848f374991a5cf5591bc46717232'),
        ('prices', '{"price_id": 1}', '8e3b08aed38e1ff8aeca21211354790b'),
        ('prices', '{"price_id": 20}', 'f49c2dabb5bdff80612e75093b2dbc8e'),
        ('prices', '{"price_id": 21}', 'a72b550fcb28875873c50772d7556323'),
        ('prices', '{"price_id": 22}', '9b4140704b5d626f373c505154e672c0'),
        ('prices', '{"price_id": 23}', '2b482e6ceaf7c9b70206b59847de991d'),
        ('prices', '{"price_id": 24}', '8079c2689e6bcd2df4d83b32b654f47e'),
        ('prices', '{"price_id": 25}', '9fd795b13181c97d36327d96d53ac330'),
        ('prices', '{"price_id": 26}', 'ad0d033c9128ad39bb3f0a9e55837dd3'),
        ('prices', '{"price_id": 27}', 'b3369444f81deb31c302212cef092553'),
        ('prices', '{"price_id": 28}', 'abd3895b713f4d1e41e1987bd526b3d2'),
        ('prices', '{"price_id": 29}', '784929542fe70557f7efca57f9bf9575'),
        ('prices', '{"price_id": 2}', '25d70739ebe7510f3928fc6fdc401e33'),
        ('prices', '{"price_id": 30}', 'dac079c3f6a91993658945cafb0360b7'),
        ('prices', '{"price_id": 31}', '07baf7fb47839907cfc76bd493742077'),
        ('prices', '{"price_id": 32}', '29ddeb89aaaac94bca630999e545d439'),
        ('prices', '{"price_id": 33}', '8a203c284358a7953a35fab6ae9f1cc2'),
        ('prices', '{"price_id": 34}', '310aa246c109015e6a6835aa46538de0'),
        ('prices', '{"price_id": 35}', '663b8f66ebf0ac7774910ce0b1e26d56'),
        ('prices', '{"price_id": 36}', 'c2b1a4aae04a8de57b3cae55f2460b29'),
        ('prices', '{"price_id": 37}', '89385ea8bbbba2a405a8d9d02bd858bf'),
        ('prices', '{"price_id": 38}', '01f089eae0cbc61e1985184fd2a2dd07'),
        ('prices', '{"price_id": 39}', '056eb68d59dc913e5a6b7dac1f9f74fb'),
        ('prices', '{"price_id": 3}', '6ffa8b66d0cfbe6fa8fc7a506358f01c'),
        ('prices', '{"price_id": 40}', 'c75f108ad50789e5772a87172acbde2a'),
        ('prices', '{"price_id": 41}', '4a9afb850d5a1375dd347d5ea6a6ccd3'),
        ('prices', '{"price_id": 42}', 'ccb4d530217228d172f7001027bc5630'),
        ('prices', '{"price_id": 43}', 'fae24cdff91f82faefff687616c4b65b'),
        ('prices', '{"price_id": 44}', 'c0327f7c091d926706ecc9c6fd24ba99'),
        ('prices', '{"price_id": 45}', '47cefdcbb49b1b861d4ada16f58e0d7e'),
        ('prices', '{"price_id": 46}', '22845e89e393c4426ed06553d175c8a3'),
        ('prices', '{"price_id": 47}', '0a3b9616a182ba2b5c3cc60ea50d8850'),
        ('prices', '{"price_id": 48}', '9692374193a3da22783638dd22e342f1'),
        ('prices', '{"price_id": 49}', 'c0ee42645d90aef5720c4e01ee39ae41'),
        ('prices', '{"price_id": 4}', '31486c3ec3f33a49872128dc31c1eb71'),
        ('prices', '{"price_id": 50}', '757f4713a6112fd5a5409cd722f7d591'),
        ('prices', '{"price_id": 51}', '0c68b83bd91640fa06db4d0c0b7032cd'),
        ('prices', '{"price_id": 52}', '56329c3f6646358b4439ad364bb19ff2'),
        ('prices', '{"price_id": 53}', '16d7b052eab5574526c5c48324711a71'),
        ('prices', '{"price_id": 54}', '708e0fef0f05270150ba6e48ae05104c'),
        ('prices', '{"price_id": 55}', '80ad118750d7fb6914a11ab632d8fb06'),
        ('prices', '{"price_id": 56}', '3a97e1f31592a19891044c957c5c3217'),
        ('prices', '{"price_id": 57}', '7ec0f66d394409c137a848f7ed49de54'),
        ('prices', '{"price_id": 58}', '70a02f15074d8acbbdd8ba72b9d8ce4c'),
        ('prices', '{"price_id": 59}', 'ff77b43cd0a6f2f44dd89a5cc59b87c2'),
        ('prices', '{"price_id": 5}', 'a52c45b8b2ad8be85535821a80ff4686'),
        ('prices', '{"price_id": 60}', '88916071b0070f432da5875c3e9bae49'),
        ('prices', '{"price_id": 61}', '7cd0e9d3e69dadc126906b1c2519481a'),
        ('prices', '{"price_id": 62}', 'fd78b3ea94414637012fd85c9ee11c2d'),
        ('prices', '{"price_id": 63}', '473006d2706cc2058d653ba2548b5f9e'),
        ('prices', '{"price_id": 64}', '1b21c2e4494fbfadf4556656f3f69387'),
        ('prices', '{"price_id": 65}', '82236b5f7f4dec98b6442d78f5d57955'),
        ('prices', '{"price_id": 66}', 'a13e7ac55ccef261a59198662fbbe582'),
        ('prices', '{"price_id": 67}', 'e016c7bf135fde4309dbd301e91ccbd2'),
        ('prices', '{"price_id": 68}', 'aa02162b1234f76a839191716525a673'),
        ('prices', '{"price_id": 69}', 'aace0b9b7f9ba2f92d16643efd2092cb'),
        ('prices', '{"price_id": 6}', 'fbf7b1f4ef633b30a12880396f054f51'),
        ('prices', '{"price_id": 70}', '2443ed39ae56491502cfb89fe1d77edc'),
        ('prices', '{"price_id": 71}', '4082647d1ae681905037a607af15986e'),
        ('prices', '{"price_id": 72}', 'a4996be537d2716ec6c1356fe5367efe'),
        ('prices', '{"price_id": 73}', 'e6f090d4c1d7f5b7bf54992ccf5286e4'),
        ('prices', '{"price_id": 74}', '69e660788d61809452fa8ecd04ffd2db'),
        ('prices', '{"price_id": 75}', 'e6eaae88d2a085321a68dd809bf840c2'),
        ('prices', '{"price_id": 76}', '3aae1ccf9cdc7442901b16ac3e913a85'),
        ('prices', '{"price_id": 77}', '0a6dde04048f9fb177bec1d4c2ebef01'),
        ('prices', '{"price_id": 78}', 'd2bee11e3df01ce63447016cee20ec33'),
        ('prices', '{"price_id": 79}', 'ed9bba4d4855bfa823b4f0b7571ca6ba'),
        ('prices', '{"price_id": 7}', 'fa30d6887d84aadbeb81598ad380f0ee'),
        ('prices', '{"price_id": 80}', 'b81385c0bcd4f1a27e4d12c5b75ed7f1'),
        ('prices', '{"price_id": 81}', '0a18aed3c365aedd2c30a6b54bef7982'),
        ('prices', '{"price_id": 82}', '793b4325e57fe1d0cdbc5cfd6d021628'),
        ('prices', '{"price_id": 83}', '51f6cb70ace048d1a8ae9822733e28c7'),
        ('prices', '{"price_id": 84}', 'd13ada7b5247cadeaf79503d0b214025'),
        ('prices', '{"price_id": 85}', '15b97b2065dc62fde844c16a44f0e34f'),
        ('prices', '{"price_id": 86}', '8fee0919c65748691c0645b09d62689d'),
        ('prices', '{"price_id": 87}', 'b4f714b4758d41573983f0f0b3553233'),
        ('prices', '{"price_id": 88}', '2b4cc7e0a846a40e9acdd50a2b486d69'),
        ('prices', '{"price_id": 89}', '1f548599f7c6c9d6a7937ced01ec8bce'),
        ('prices', '{"price_id": 8}', '396074bb26c91f26563b59cc25243aaf'),
        ('prices', '{"price_id": 90}', '62c69670321565993a2cff198e88d24a'),
        ('prices', '{"price_id": 91}', '6f5c506eac5245b7df082d279f2399c7'),
        ('prices', '{"price_id": 92}', '2b2254849e34177f0d71fc1e46d2e8c4'),
        ('prices', '{"price_id": 93}', 'b826f9e16d87b342df4df8626f570fe0'),
        ('prices', '{"price_id": 94}', 'b67aa8b31461b8d2fb5ee3d51882280f'),
        ('prices', '{"price_id": 95}', '752205351435209d4754b5c995873530'),
        ('prices', '{"price_id": 96}', '1d87813f456f785693fd8db17a3fb56c'),
        ('prices', '{"price_id": 9}', '5380738207229579e767e3becf7b846a'),
        ('multipliers', '{"multiplier_id": 1}', '8479adf926aa58e3bfe28e4a84f77793'),
        ('multipliers', '{"multiplier_id": 2}', '17dc485088eb2fd24e636ba295bf315d'),
        ('multipliers', '{"multiplier_id": 3}', 'a7f8f15880804917e15d294a03465472'),
        ('multipliers', '{"multiplier_id": 4}', 'd3e1956de4fd6a943955d4134df9683f'),
        ('multipliers', '{"multiplier_id": 5}', '5a5a4ab67205eaaa473a6d9e508479ea')
) AS v (table_name, row_key, digest)) AS o
CROSS JOIN LATERAL (
    SELECT CASE o.table_name
        WHEN 'providers' THEN (SELECT to_jsonb(t) FROM bedprice.providers t
                               WHERE t.shipped AND t.provider = o.row_key ->> 'provider')
        WHEN 'regions' THEN (SELECT to_jsonb(t) FROM bedprice.regions t
                             WHERE t.shipped AND t.region = o.row_key ->> 'region')
        WHEN 'models' THEN (SELECT to_jsonb(t) FROM bedprice.models t
                            WHERE t.shipped AND t.provider = o.row_key ->> 'provider'
                              AND t.model = o.row_key ->> 'model')
        WHEN 'model_aliases' THEN (SELECT to_jsonb(t) FROM bedprice.model_aliases t
                                   WHERE t.shipped AND t.provider = o.row_key ->> 'provider'
                                     AND t.alias = o.row_key ->> 'alias')
        WHEN 'prices' THEN (SELECT to_jsonb(t) FROM bedprice.prices t
                            WHERE t.shipped AND t.price_id = (o.row_key ->> 'price_id')::bigint)
        WHEN 'multipliers' THEN (SELECT to_jsonb(t) FROM bedprice.multipliers t
                                 WHERE t.shipped AND t.multiplier_id = (o.row_key ->> 'multiplier_id')::bigint)
    END AS row_data
) AS cur
WHERE cur.row_data IS NULL OR md5(cur.row_data::text) <> o.digest;

CREATE FUNCTION bedprice.record_shipped_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
    key jsonb;
BEGIN
    IF NOT OLD.shipped
       OR coalesce(current_setting('bedprice_internal.applying', true), '') = 'on' THEN
        RETURN NULL;
    END IF;
    SELECT jsonb_object_agg(k, to_jsonb(OLD) -> k) INTO key
    FROM unnest(bedprice.catalog_key_columns(TG_TABLE_NAME)) AS k;
    IF TG_OP = 'UPDATE' THEN
        IF to_jsonb(OLD) = to_jsonb(NEW) THEN
            RETURN NULL;
        END IF;
        INSERT INTO bedprice.shipped_changes (table_name, row_key, action, row_data)
        VALUES (TG_TABLE_NAME, key, 'update', to_jsonb(NEW))
        ON CONFLICT (table_name, row_key)
        DO UPDATE SET action = 'update', row_data = excluded.row_data, changed_at = now();
    ELSE
        INSERT INTO bedprice.shipped_changes (table_name, row_key, action, row_data)
        VALUES (TG_TABLE_NAME, key, 'delete', NULL)
        ON CONFLICT (table_name, row_key)
        DO UPDATE SET action = 'delete', row_data = NULL, changed_at = now();
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION bedprice.record_shipped_change() IS
    'Trigger: records a change to a shipped catalog row in bedprice.shipped_changes.';

-- Restoring a record re-applies it to the shipped row (CREATE EXTENSION has
-- just put the shipped rows back).  Records written by record_shipped_change
-- itself are nested inside a catalog trigger and apply nothing.
CREATE FUNCTION bedprice.apply_shipped_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
    cols text[] := bedprice.catalog_key_columns(NEW.table_name);
    match text;
    all_cols text;
BEGIN
    IF pg_trigger_depth() > 1 THEN
        RETURN NEW;
    END IF;
    SELECT string_agg(format('t.%1$I = k.%1$I', c), ' AND ') INTO match FROM unnest(cols) AS c;
    PERFORM set_config('bedprice_internal.applying', 'on', true);
    IF NEW.action = 'delete' THEN
        EXECUTE format('DELETE FROM bedprice.%1$I AS t USING jsonb_populate_record(NULL::bedprice.%1$I, $1) AS k WHERE t.shipped AND %2$s',
                       NEW.table_name, match)
        USING NEW.row_key;
    ELSE
        SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO all_cols
        FROM pg_catalog.pg_attribute
        WHERE attrelid = format('bedprice.%I', NEW.table_name)::regclass
          AND attnum > 0 AND NOT attisdropped;
        EXECUTE format('UPDATE bedprice.%1$I AS t SET (%2$s) = (SELECT %2$s FROM jsonb_populate_record(NULL::bedprice.%1$I, $2)) FROM jsonb_populate_record(NULL::bedprice.%1$I, $1) AS k WHERE t.shipped AND %3$s',
                       NEW.table_name, all_cols, match)
        USING NEW.row_key, NEW.row_data;
    END IF;
    PERFORM set_config('bedprice_internal.applying', 'off', true);
    -- a user row restored earlier may have recorded this change already
    UPDATE bedprice.shipped_changes c
    SET action = NEW.action, row_data = NEW.row_data, changed_at = NEW.changed_at
    WHERE (c.table_name, c.row_key) = (NEW.table_name, NEW.row_key);
    IF FOUND THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION bedprice.apply_shipped_change() IS
    'Trigger: applies a restored bedprice.shipped_changes record to its shipped row.';

CREATE TRIGGER apply_on_restore BEFORE INSERT ON bedprice.shipped_changes
    FOR EACH ROW EXECUTE FUNCTION bedprice.apply_shipped_change();

-- TRUNCATE fires no row triggers: record every shipped row as deleted.
CREATE FUNCTION bedprice.record_shipped_truncate() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    EXECUTE format(
        'INSERT INTO bedprice.shipped_changes (table_name, row_key, action, row_data)
         SELECT %1$L, (SELECT jsonb_object_agg(k, to_jsonb(t) -> k)
                       FROM unnest(bedprice.catalog_key_columns(%1$L)) AS k),
                ''delete'', NULL
         FROM bedprice.%1$I AS t WHERE t.shipped
         ON CONFLICT (table_name, row_key)
         DO UPDATE SET action = ''delete'', row_data = NULL, changed_at = now()',
        TG_TABLE_NAME);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION bedprice.record_shipped_truncate() IS
    'Trigger: records the shipped rows a TRUNCATE removes in bedprice.shipped_changes.';

CREATE TRIGGER record_shipped_truncate BEFORE TRUNCATE ON bedprice.providers
    FOR EACH STATEMENT EXECUTE FUNCTION bedprice.record_shipped_truncate();
CREATE TRIGGER record_shipped_truncate BEFORE TRUNCATE ON bedprice.regions
    FOR EACH STATEMENT EXECUTE FUNCTION bedprice.record_shipped_truncate();
CREATE TRIGGER record_shipped_truncate BEFORE TRUNCATE ON bedprice.models
    FOR EACH STATEMENT EXECUTE FUNCTION bedprice.record_shipped_truncate();
CREATE TRIGGER record_shipped_truncate BEFORE TRUNCATE ON bedprice.model_aliases
    FOR EACH STATEMENT EXECUTE FUNCTION bedprice.record_shipped_truncate();
CREATE TRIGGER record_shipped_truncate BEFORE TRUNCATE ON bedprice.prices
    FOR EACH STATEMENT EXECUTE FUNCTION bedprice.record_shipped_truncate();
CREATE TRIGGER record_shipped_truncate BEFORE TRUNCATE ON bedprice.multipliers
    FOR EACH STATEMENT EXECUTE FUNCTION bedprice.record_shipped_truncate();

CREATE TRIGGER record_shipped_change AFTER UPDATE OR DELETE ON bedprice.providers
    FOR EACH ROW EXECUTE FUNCTION bedprice.record_shipped_change();
CREATE TRIGGER record_shipped_change AFTER UPDATE OR DELETE ON bedprice.regions
    FOR EACH ROW EXECUTE FUNCTION bedprice.record_shipped_change();
CREATE TRIGGER record_shipped_change AFTER UPDATE OR DELETE ON bedprice.models
    FOR EACH ROW EXECUTE FUNCTION bedprice.record_shipped_change();
CREATE TRIGGER record_shipped_change AFTER UPDATE OR DELETE ON bedprice.model_aliases
    FOR EACH ROW EXECUTE FUNCTION bedprice.record_shipped_change();
CREATE TRIGGER record_shipped_change AFTER UPDATE OR DELETE ON bedprice.prices
    FOR EACH ROW EXECUTE FUNCTION bedprice.record_shipped_change();
CREATE TRIGGER record_shipped_change AFTER UPDATE OR DELETE ON bedprice.multipliers
    FOR EACH ROW EXECUTE FUNCTION bedprice.record_shipped_change();

------------------------------------------------------------------------
-- A user's row takes precedence over shipped rows of the same key: the
-- shipped rows it overlaps are closed, moved or removed (and the change
-- recorded).  bedprice.set_price and the sheet loaders close rows before
-- they insert; this covers plain INSERTs and restores, where user rows may
-- come back before the record of the shipped rows they closed.
------------------------------------------------------------------------

CREATE FUNCTION bedprice.yield_shipped_rows() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
    e record;
    id_col text := (bedprice.catalog_key_columns(TG_TABLE_NAME))[1];
BEGIN
    IF NOT (NEW.valid_from < NEW.valid_to) THEN
        RETURN NEW;             -- the table's CHECK constraint says why
    END IF;
    FOR e IN EXECUTE format(
        'SELECT t.%1$I AS id, t.valid_from, t.valid_to FROM bedprice.%2$I t
         WHERE t.shipped AND %3$s
           AND tstzrange(t.valid_from, t.valid_to) && tstzrange($2, $3)
         FOR UPDATE', id_col, TG_TABLE_NAME, bedprice.same_key_condition(TG_TABLE_NAME))
        USING to_jsonb(NEW), NEW.valid_from, NEW.valid_to
    LOOP
        IF e.valid_from < NEW.valid_from THEN
            EXECUTE format('UPDATE bedprice.%I SET valid_to = $1 WHERE %I = $2', TG_TABLE_NAME, id_col)
                USING NEW.valid_from, e.id;
        ELSIF e.valid_to > NEW.valid_to THEN
            EXECUTE format('UPDATE bedprice.%I SET valid_from = $1 WHERE %I = $2', TG_TABLE_NAME, id_col)
                USING NEW.valid_to, e.id;
        ELSE
            EXECUTE format('DELETE FROM bedprice.%I WHERE %I = $1', TG_TABLE_NAME, id_col)
                USING e.id;
        END IF;
    END LOOP;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION bedprice.yield_shipped_rows() IS
    'Trigger: a user''s price or multiplier closes, moves or removes the shipped rows of the same key it overlaps.';

CREATE TRIGGER yield_shipped_rows BEFORE INSERT OR UPDATE ON bedprice.prices
    FOR EACH ROW WHEN (NOT NEW.shipped) EXECUTE FUNCTION bedprice.yield_shipped_rows();
CREATE TRIGGER yield_shipped_rows BEFORE INSERT OR UPDATE ON bedprice.multipliers
    FOR EACH ROW WHEN (NOT NEW.shipped) EXECUTE FUNCTION bedprice.yield_shipped_rows();

------------------------------------------------------------------------
-- History: no two rows of the same key may be valid at the same time.
--
-- 0.1.0 allowed overlaps and let the later start win inside them.  Close
-- each overlapped row where the later one starts (and continue it after
-- the later one ends), which prices every usage as 0.1.0 did.
------------------------------------------------------------------------

DO $$
DECLARE
    o record;
BEGIN
    -- A user's row starting with a shipped row of its key (0.1.0's way of
    -- overriding a shipped price) won there by its higher id: the shipped
    -- row yields, as it does to user rows in 0.2.0.
    FOR o IN
        SELECT a.price_id, a.valid_to AS shipped_to, b.valid_to AS user_to
        FROM bedprice.prices a
        JOIN bedprice.prices b
          ON (a.provider, a.model, a.routing, a.mode, a.charge, a.above_input_tokens, a.valid_from)
             = (b.provider, b.model, b.routing, b.mode, b.charge, b.above_input_tokens, b.valid_from)
         AND a.region IS NOT DISTINCT FROM b.region
         AND a.shipped AND NOT b.shipped AND a.price_id < b.price_id
    LOOP
        IF o.shipped_to > o.user_to THEN
            UPDATE bedprice.prices SET valid_from = o.user_to WHERE price_id = o.price_id;
        ELSE
            DELETE FROM bedprice.prices WHERE price_id = o.price_id;
        END IF;
    END LOOP;
    FOR o IN
        SELECT a.multiplier_id, a.valid_to AS shipped_to, b.valid_to AS user_to
        FROM bedprice.multipliers a
        JOIN bedprice.multipliers b
          ON (a.provider, a.dimension, a.value, a.valid_from) = (b.provider, b.dimension, b.value, b.valid_from)
         AND a.shipped AND NOT b.shipped AND a.multiplier_id < b.multiplier_id
    LOOP
        IF o.shipped_to > o.user_to THEN
            UPDATE bedprice.multipliers SET valid_from = o.user_to WHERE multiplier_id = o.multiplier_id;
        ELSE
            DELETE FROM bedprice.multipliers WHERE multiplier_id = o.multiplier_id;
        END IF;
    END LOOP;
    LOOP
        SELECT a.price_id, a.valid_to AS old_to, b.valid_from AS cut, b.valid_to AS resume
        INTO o
        FROM bedprice.prices a
        JOIN bedprice.prices b
          ON (a.provider, a.model, a.routing, a.mode, a.charge, a.above_input_tokens)
             = (b.provider, b.model, b.routing, b.mode, b.charge, b.above_input_tokens)
         AND a.region IS NOT DISTINCT FROM b.region
         AND a.price_id <> b.price_id
         AND a.valid_from < b.valid_from AND b.valid_from < a.valid_to
        ORDER BY a.price_id, b.valid_from
        LIMIT 1;
        EXIT WHEN NOT FOUND;
        UPDATE bedprice.prices SET valid_to = o.cut WHERE price_id = o.price_id;
        IF o.resume < o.old_to THEN
            INSERT INTO bedprice.prices (provider, model, region, routing, mode, charge,
                                         above_input_tokens, usd_per_mtok, valid_from, valid_to, source)
            SELECT provider, model, region, routing, mode, charge, above_input_tokens,
                   usd_per_mtok, o.resume, o.old_to, source
            FROM bedprice.prices WHERE price_id = o.price_id;
        END IF;
    END LOOP;
    LOOP
        SELECT a.multiplier_id, a.valid_to AS old_to, b.valid_from AS cut, b.valid_to AS resume
        INTO o
        FROM bedprice.multipliers a
        JOIN bedprice.multipliers b
          ON (a.provider, a.dimension, a.value) = (b.provider, b.dimension, b.value)
         AND a.multiplier_id <> b.multiplier_id
         AND a.valid_from < b.valid_from AND b.valid_from < a.valid_to
        ORDER BY a.multiplier_id, b.valid_from
        LIMIT 1;
        EXIT WHEN NOT FOUND;
        UPDATE bedprice.multipliers SET valid_to = o.cut WHERE multiplier_id = o.multiplier_id;
        IF o.resume < o.old_to THEN
            INSERT INTO bedprice.multipliers (provider, dimension, value, factor, valid_from, valid_to, source)
            SELECT provider, dimension, value, factor, o.resume, o.old_to, source
            FROM bedprice.multipliers WHERE multiplier_id = o.multiplier_id;
        END IF;
    END LOOP;
END
$$;

-- Two user rows of one key starting at the same moment cannot be told
-- apart by time; 0.1.0 used the higher id.  Those the user must settle.
DO $$
DECLARE
    dup text;
BEGIN
    SELECT string_agg(format('price_id %s and %s', a.price_id, b.price_id), ', ') INTO dup
    FROM bedprice.prices a JOIN bedprice.prices b
      ON (a.provider, a.model, a.routing, a.mode, a.charge, a.above_input_tokens, a.valid_from)
         = (b.provider, b.model, b.routing, b.mode, b.charge, b.above_input_tokens, b.valid_from)
     AND a.region IS NOT DISTINCT FROM b.region AND a.price_id < b.price_id;
    IF dup IS NOT NULL THEN
        RAISE EXCEPTION 'bedprice 0.2.0 refuses prices of the same key that start at the same time'
            USING ERRCODE = 'exclusion_violation',
                  DETAIL = format('Pairs: %s.', dup),
                  HINT = 'Delete or re-date one row of each pair (0.1.0 priced with the higher price_id), then update again.';
    END IF;
    SELECT string_agg(format('multiplier_id %s and %s', a.multiplier_id, b.multiplier_id), ', ') INTO dup
    FROM bedprice.multipliers a JOIN bedprice.multipliers b
      ON (a.provider, a.dimension, a.value, a.valid_from) = (b.provider, b.dimension, b.value, b.valid_from)
     AND a.multiplier_id < b.multiplier_id;
    IF dup IS NOT NULL THEN
        RAISE EXCEPTION 'bedprice 0.2.0 refuses multipliers of the same key that start at the same time'
            USING ERRCODE = 'exclusion_violation',
                  DETAIL = format('Pairs: %s.', dup),
                  HINT = 'Delete or re-date one row of each pair (0.1.0 used the higher multiplier_id), then update again.';
    END IF;
END
$$;

-- Enforced by the database: an exclusion constraint per table (the text
-- equality in a GiST index comes from btree_gist).
ALTER TABLE bedprice.prices ADD CONSTRAINT prices_no_overlap EXCLUDE USING gist (
    provider WITH =, model WITH =, (coalesce(region, '')) WITH =, routing WITH =,
    mode WITH =, charge WITH =, above_input_tokens WITH =,
    tstzrange(valid_from, valid_to) WITH &&);
ALTER TABLE bedprice.multipliers ADD CONSTRAINT multipliers_no_overlap EXCLUDE USING gist (
    provider WITH =, dimension WITH =, value WITH =,
    tstzrange(valid_from, valid_to) WITH &&);

------------------------------------------------------------------------
-- Privileges: everyone reads and prices; the extension's owner and
-- members of bedprice_admin change the catalog.
------------------------------------------------------------------------

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'bedprice_admin') THEN
        CREATE ROLE bedprice_admin NOLOGIN;
    END IF;
END
$$;

GRANT SELECT ON bedprice.shipped_changes TO PUBLIC;
GRANT INSERT, UPDATE, DELETE, TRUNCATE ON
    bedprice.providers, bedprice.regions, bedprice.models, bedprice.model_aliases,
    bedprice.prices, bedprice.multipliers, bedprice.shipped_changes
    TO bedprice_admin;
GRANT USAGE ON SEQUENCE bedprice.prices_price_id_seq, bedprice.multipliers_multiplier_id_seq
    TO bedprice_admin;

------------------------------------------------------------------------
-- Reading CSV
------------------------------------------------------------------------

CREATE FUNCTION bedprice.csv_rows(doc text, OUT line integer, OUT fields text[])
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'csv_rows'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.csv_rows(text) IS
    'A CSV document (RFC 4180) as rows: the line each starts on, and its fields.';

------------------------------------------------------------------------
-- Adding a price or a multiplier with history
--
-- A new row never erases an old one: an existing row of the same key that
-- starts earlier and is still valid when the new one starts is closed
-- there (and continued after the new one ends, if it went on longer).  A
-- row identical to an existing one changes nothing.  An existing row of
-- the same key that starts at or after the new one is a conflict.
------------------------------------------------------------------------

CREATE FUNCTION bedprice.add_price_row(
    p_provider text, p_model text, p_region text, p_routing text, p_mode text,
    p_charge text, p_above bigint, p_usd numeric,
    p_from timestamptz, p_to timestamptz, p_source text)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    e record;
    new_id bigint;
BEGIN
    IF NOT (p_from < p_to) THEN
        RAISE EXCEPTION 'valid_to % is not after valid_from %', p_to, p_from
            USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT FROM bedprice.prices p
               WHERE (p.provider, p.model, p.routing, p.mode, p.charge, p.above_input_tokens,
                      p.valid_from, p.valid_to, p.usd_per_mtok)
                     = (p_provider, p_model, p_routing, p_mode, p_charge, p_above,
                        p_from, p_to, p_usd)
                 AND p.region IS NOT DISTINCT FROM p_region) THEN
        RETURN NULL;
    END IF;
    -- the same price from the same moment, ending earlier: that row is closed
    UPDATE bedprice.prices p SET valid_to = p_to
    WHERE (p.provider, p.model, p.routing, p.mode, p.charge, p.above_input_tokens,
           p.valid_from, p.usd_per_mtok)
          = (p_provider, p_model, p_routing, p_mode, p_charge, p_above, p_from, p_usd)
      AND p.region IS NOT DISTINCT FROM p_region
      AND p.valid_to > p_to;
    IF FOUND THEN
        RETURN NULL;
    END IF;
    FOR e IN
        SELECT * FROM bedprice.prices p
        WHERE (p.provider, p.model, p.routing, p.mode, p.charge, p.above_input_tokens)
              = (p_provider, p_model, p_routing, p_mode, p_charge, p_above)
          AND p.region IS NOT DISTINCT FROM p_region
          AND tstzrange(p.valid_from, p.valid_to) && tstzrange(p_from, p_to)
        ORDER BY p.valid_from
        FOR UPDATE
    LOOP
        IF e.valid_from >= p_from THEN
            RAISE EXCEPTION 'price overlaps a price of the same key that starts at or after it'
                USING ERRCODE = 'exclusion_violation',
                      DETAIL = format('price_id %s (%s, %s %s, %s, %s) is valid from %s to %s at %s USD per 1M tokens.',
                                      e.price_id, e.model, e.charge,
                                      coalesce(e.region, 'all regions'), e.routing, e.mode,
                                      e.valid_from, e.valid_to, e.usd_per_mtok),
                      HINT = 'A new price must start after the prices it replaces; to correct a price, delete it, or load the sheet again with replace_source.';
        END IF;
        UPDATE bedprice.prices SET valid_to = p_from WHERE price_id = e.price_id;
        IF e.valid_to > p_to THEN
            INSERT INTO bedprice.prices (provider, model, region, routing, mode, charge,
                                         above_input_tokens, usd_per_mtok, valid_from, valid_to, source)
            VALUES (e.provider, e.model, e.region, e.routing, e.mode, e.charge,
                    e.above_input_tokens, e.usd_per_mtok, p_to, e.valid_to, e.source);
        END IF;
    END LOOP;
    INSERT INTO bedprice.prices (provider, model, region, routing, mode, charge,
                                 above_input_tokens, usd_per_mtok, valid_from, valid_to, source)
    VALUES (p_provider, p_model, p_region, p_routing, p_mode, p_charge, p_above, p_usd,
            p_from, p_to, p_source)
    RETURNING price_id INTO new_id;
    RETURN new_id;
END
$$;
COMMENT ON FUNCTION bedprice.add_price_row(text, text, text, text, text, text, bigint, numeric, timestamptz, timestamptz, text) IS
    'Internal: adds one price row with history (closes the row it replaces); NULL when an identical row exists.';

CREATE FUNCTION bedprice.add_multiplier_row(
    p_provider text, p_dimension text, p_value text, p_factor numeric,
    p_from timestamptz, p_to timestamptz, p_source text)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    e record;
    new_id bigint;
BEGIN
    IF NOT (p_from < p_to) THEN
        RAISE EXCEPTION 'valid_to % is not after valid_from %', p_to, p_from
            USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT FROM bedprice.multipliers m
               WHERE (m.provider, m.dimension, m.value, m.valid_from, m.valid_to, m.factor)
                     = (p_provider, p_dimension, p_value, p_from, p_to, p_factor)) THEN
        RETURN NULL;
    END IF;
    -- the same factor from the same moment, ending earlier: that row is closed
    UPDATE bedprice.multipliers m SET valid_to = p_to
    WHERE (m.provider, m.dimension, m.value, m.valid_from, m.factor)
          = (p_provider, p_dimension, p_value, p_from, p_factor)
      AND m.valid_to > p_to;
    IF FOUND THEN
        RETURN NULL;
    END IF;
    FOR e IN
        SELECT * FROM bedprice.multipliers m
        WHERE (m.provider, m.dimension, m.value) = (p_provider, p_dimension, p_value)
          AND tstzrange(m.valid_from, m.valid_to) && tstzrange(p_from, p_to)
        ORDER BY m.valid_from
        FOR UPDATE
    LOOP
        IF e.valid_from >= p_from THEN
            RAISE EXCEPTION 'multiplier overlaps a multiplier of the same key that starts at or after it'
                USING ERRCODE = 'exclusion_violation',
                      DETAIL = format('multiplier_id %s (%s %s %s) is valid from %s to %s with factor %s.',
                                      e.multiplier_id, e.provider, e.dimension, e.value,
                                      e.valid_from, e.valid_to, e.factor),
                      HINT = 'A new multiplier must start after the ones it replaces; to correct one, delete it, or load the sheet again with replace_source.';
        END IF;
        UPDATE bedprice.multipliers SET valid_to = p_from WHERE multiplier_id = e.multiplier_id;
        IF e.valid_to > p_to THEN
            INSERT INTO bedprice.multipliers (provider, dimension, value, factor, valid_from, valid_to, source)
            VALUES (e.provider, e.dimension, e.value, e.factor, p_to, e.valid_to, e.source);
        END IF;
    END LOOP;
    INSERT INTO bedprice.multipliers (provider, dimension, value, factor, valid_from, valid_to, source)
    VALUES (p_provider, p_dimension, p_value, p_factor, p_from, p_to, p_source)
    RETURNING multiplier_id INTO new_id;
    RETURN new_id;
END
$$;
COMMENT ON FUNCTION bedprice.add_multiplier_row(text, text, text, numeric, timestamptz, timestamptz, text) IS
    'Internal: adds one multiplier row with history (closes the row it replaces); NULL when an identical row exists.';

-- Removing the rows of a source (replace_source) undoes what adding them
-- did: the row each had closed is extended over its period again, and a
-- row it had split is joined back.
CREATE FUNCTION bedprice.remove_source(p_table text, p_source text)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    d record;
    id_col text := (bedprice.catalog_key_columns(p_table))[1];
    same_key text := bedprice.same_key_condition(p_table);
    dj jsonb;
    value_col text := CASE p_table WHEN 'prices' THEN 'usd_per_mtok' ELSE 'factor' END;
    prev record;
    next record;
    n integer := 0;
BEGIN
    FOR d IN EXECUTE format(
        'WITH gone AS (DELETE FROM bedprice.%I t WHERE t.source = $1 RETURNING t.*)
         SELECT * FROM gone ORDER BY valid_from', p_table) USING p_source
    LOOP
        n := n + 1;
        dj := to_jsonb(d);
        EXECUTE format('SELECT t.%2$I AS id, t.%3$I AS v, t.source FROM bedprice.%1$I t
                        WHERE %4$s AND t.valid_to = ($1->>''valid_from'')::timestamptz',
                       p_table, id_col, value_col, same_key)
            INTO prev USING dj;
        IF prev.id IS NULL THEN
            CONTINUE;           -- it had closed nothing
        END IF;
        EXECUTE format('SELECT t.%2$I AS id, t.%3$I AS v, t.source, t.valid_to FROM bedprice.%1$I t
                        WHERE %4$s AND t.valid_from = ($1->>''valid_to'')::timestamptz',
                       p_table, id_col, value_col, same_key)
            INTO next USING dj;
        IF next.id IS NOT NULL AND next.v = prev.v AND next.source = prev.source THEN
            EXECUTE format('DELETE FROM bedprice.%I WHERE %I = $1', p_table, id_col) USING next.id;
            EXECUTE format('UPDATE bedprice.%I SET valid_to = $1 WHERE %I = $2', p_table, id_col)
                USING next.valid_to, prev.id;
        ELSE
            EXECUTE format('UPDATE bedprice.%I SET valid_to = $1 WHERE %I = $2', p_table, id_col)
                USING d.valid_to, prev.id;
        END IF;
    END LOOP;
    RETURN n;
END
$$;
COMMENT ON FUNCTION bedprice.remove_source(text, text) IS
    'Internal: deletes the prices or multipliers of a source, extending the rows they had closed over their periods again.';

-- The model a sheet names: a model key or an alias of the provider (any
-- case); one the catalog lacks is created, with its ID as its first alias.
CREATE FUNCTION bedprice.sheet_model(p_provider text, p_model text)
RETURNS text
LANGUAGE plpgsql
AS $$
DECLARE
    key text;
BEGIN
    SELECT m.model INTO key FROM bedprice.models m
    WHERE m.provider = p_provider AND lower(m.model) = lower(btrim(p_model));
    IF NOT FOUND THEN
        SELECT a.model INTO key FROM bedprice.model_aliases a
        WHERE a.provider = p_provider AND lower(a.alias) = lower(btrim(p_model));
    END IF;
    IF NOT FOUND THEN
        key := btrim(p_model);
        INSERT INTO bedprice.models (provider, model, display_name) VALUES (p_provider, key, key);
        INSERT INTO bedprice.model_aliases (provider, alias, model) VALUES (p_provider, key, key);
    END IF;
    RETURN key;
END
$$;
COMMENT ON FUNCTION bedprice.sheet_model(text, text) IS
    'Internal: the model key a sheet names (a key or an alias); an unknown model is created, its ID also its first alias.';

------------------------------------------------------------------------
-- Price sheets: one CSV format in and out
--
-- provider,model,region,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source
--
-- Empty region: all regions; empty routing: in_region; empty mode:
-- on_demand; empty above_input_tokens: 0; empty valid_from: since always;
-- empty valid_to: open-ended.  Dates are midnight UTC; timestamps without
-- a zone are UTC.
------------------------------------------------------------------------

-- A sheet's field, checked, or an error naming its line and column.
CREATE FUNCTION bedprice.sheet_field(
    kind text, line integer, col text, val text, what text)
RETURNS text
LANGUAGE plpgsql STABLE
SET TimeZone TO 'UTC'
AS $$
DECLARE
    v text := nullif(btrim(val), '');
    -- where: "price sheet line 3, column mode" or "set_price argument mode"
    at_ text := CASE WHEN line IS NULL THEN format('%s argument %s', kind, col)
                     ELSE format('%s line %s, column %s', kind, line, col) END;
BEGIN
    CASE what
    WHEN 'provider' THEN
        IF v IS NULL OR NOT EXISTS (SELECT FROM bedprice.providers WHERE provider = lower(v)) THEN
            RAISE EXCEPTION '%: unknown provider "%"', at_, coalesce(v, '')
                USING ERRCODE = 'undefined_object',
                      HINT = (SELECT 'Known providers: ' || string_agg(provider, ', ' ORDER BY provider) || '.'
                              FROM bedprice.providers);
        END IF;
        RETURN lower(v);
    WHEN 'model' THEN
        IF v IS NULL THEN
            RAISE EXCEPTION '%: a model is required', at_
                USING ERRCODE = 'not_null_violation';
        END IF;
        IF v ~* '^(us|eu|apac|jp|au|ca|us-gov|global)\.' THEN
            RAISE EXCEPTION '%: model "%" carries a routing prefix', at_, v
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Give the model ID without its prefix, and the routing (geo or global) in its own column.';
        END IF;
        RETURN v;
    WHEN 'region' THEN
        IF v IS NOT NULL AND NOT EXISTS (SELECT FROM bedprice.regions WHERE region = lower(v)) THEN
            RAISE EXCEPTION '%: unknown region "%"', at_, v
                USING ERRCODE = 'undefined_object',
                      HINT = 'bedprice.regions lists the known regions; add a row there for a new one.';
        END IF;
        RETURN lower(v);
    WHEN 'routing' THEN
        v := coalesce(lower(v), 'in_region');
        IF v NOT IN ('in_region', 'geo', 'global') THEN
            RAISE EXCEPTION '%: unknown routing "%"', at_, v
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Valid routings: in_region (or empty), geo, global.';
        END IF;
        RETURN v;
    WHEN 'mode' THEN
        v := coalesce(lower(v), 'on_demand');
        IF v NOT IN ('on_demand', 'batch', 'priority', 'flex', 'provisioned') THEN
            RAISE EXCEPTION '%: unknown mode "%"', at_, v
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Valid modes: on_demand (or empty), batch, priority, flex, provisioned.';
        END IF;
        RETURN v;
    WHEN 'charge' THEN
        IF v IS NULL OR lower(v) NOT IN ('input', 'output', 'cache_read', 'cache_write', 'cache_write_1h') THEN
            RAISE EXCEPTION '%: unknown charge "%"', at_, coalesce(v, '')
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Valid charges: input, output, cache_read, cache_write, cache_write_1h.';
        END IF;
        RETURN lower(v);
    WHEN 'dimension' THEN
        IF v IS NULL OR lower(v) NOT IN ('region', 'routing', 'mode') THEN
            RAISE EXCEPTION '%: unknown dimension "%"', at_, coalesce(v, '')
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Valid dimensions: region, routing, mode.';
        END IF;
        RETURN lower(v);
    WHEN 'amount' THEN
        BEGIN
            IF v IS NULL OR v::numeric < 0 OR v::numeric = 'NaN' THEN
                RAISE EXCEPTION 'not a non-negative number';
            END IF;
            IF v::numeric <> round(v::numeric, 12) THEN
                RAISE EXCEPTION 'more than 12 decimal places';
            END IF;
        EXCEPTION WHEN OTHERS THEN
            RAISE EXCEPTION '%: invalid amount "%": %', at_,
                            coalesce(v, ''), SQLERRM
                USING ERRCODE = 'invalid_text_representation';
        END;
        RETURN v;
    WHEN 'tokens' THEN
        BEGIN
            IF v IS NOT NULL AND v::bigint < 0 THEN
                RAISE EXCEPTION 'negative';
            END IF;
        EXCEPTION WHEN OTHERS THEN
            RAISE EXCEPTION '%: invalid token count "%": %', at_, v, SQLERRM
                USING ERRCODE = 'invalid_text_representation';
        END;
        RETURN coalesce(v, '0');
    WHEN 'from', 'to' THEN
        IF v IS NULL THEN
            RETURN CASE what WHEN 'from' THEN '-infinity' ELSE 'infinity' END;
        END IF;
        BEGIN
            RETURN v::timestamptz::text;
        EXCEPTION WHEN OTHERS THEN
            RAISE EXCEPTION '%: invalid date or timestamp "%": %', at_, v, SQLERRM
                USING ERRCODE = 'invalid_datetime_format';
        END;
    ELSE
        RETURN v;
    END CASE;
END
$$;
COMMENT ON FUNCTION bedprice.sheet_field(text, integer, text, text, text) IS
    'Internal: checks one field of a price or multiplier sheet, naming its line and column in errors.';

-- The CSV rows of a sheet after its header, which must be exactly `columns`.
CREATE FUNCTION bedprice.sheet_rows(kind text, doc text, columns text[])
RETURNS TABLE (line integer, f text[])
LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
    r record;
    header_seen boolean := false;
BEGIN
    FOR r IN SELECT * FROM bedprice.csv_rows(doc) LOOP
        IF NOT header_seen THEN
            IF (SELECT array_agg(lower(btrim(x))) FROM unnest(r.fields) AS x) IS DISTINCT FROM columns THEN
                RAISE EXCEPTION '% line %: the header must be "%"', kind, r.line, array_to_string(columns, ',')
                    USING ERRCODE = 'bad_copy_file_format',
                          DETAIL = format('It is "%s".', array_to_string(r.fields, ','));
            END IF;
            header_seen := true;
            CONTINUE;
        END IF;
        IF cardinality(r.fields) <> cardinality(columns) THEN
            RAISE EXCEPTION '% line % has % fields, not %', kind, r.line, cardinality(r.fields), cardinality(columns)
                USING ERRCODE = 'bad_copy_file_format',
                      HINT = 'Quote fields that hold commas.';
        END IF;
        line := r.line;
        f := r.fields;
        RETURN NEXT;
    END LOOP;
    IF NOT header_seen THEN
        RAISE EXCEPTION '% is empty', kind
            USING ERRCODE = 'bad_copy_file_format',
                  HINT = format('A sheet starts with the header line "%s".', array_to_string(columns, ','));
    END IF;
END
$$;
COMMENT ON FUNCTION bedprice.sheet_rows(text, text, text[]) IS
    'Internal: the data rows of a CSV sheet, after checking its header and field counts.';

CREATE FUNCTION bedprice.load_price_sheet(csv text, replace_source text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
SET TimeZone TO 'UTC'
AS $$
DECLARE
    r record;
    k text := 'price sheet';
    loaded integer := 0;
    err_detail text;
    err_hint text;
BEGIN
    IF replace_source IS NOT NULL THEN
        PERFORM bedprice.remove_source('prices', replace_source);
    END IF;
    -- Checked first, then applied per key in order of valid_from: an open
    -- line followed by a later line of its key ends where that one starts,
    -- as the sheet's own history says.
    FOR r IN
        WITH parsed AS (
            SELECT s.line,
                   bedprice.sheet_field(k, s.line, 'provider', s.f[1], 'provider') AS provider,
                   bedprice.sheet_field(k, s.line, 'model', s.f[2], 'model') AS model,
                   bedprice.sheet_field(k, s.line, 'region', s.f[3], 'region') AS region,
                   bedprice.sheet_field(k, s.line, 'routing', s.f[4], 'routing') AS routing,
                   bedprice.sheet_field(k, s.line, 'mode', s.f[5], 'mode') AS mode,
                   bedprice.sheet_field(k, s.line, 'charge', s.f[6], 'charge') AS charge,
                   bedprice.sheet_field(k, s.line, 'usd_per_mtok', s.f[7], 'amount')::numeric AS usd,
                   bedprice.sheet_field(k, s.line, 'above_input_tokens', s.f[8], 'tokens')::bigint AS above,
                   bedprice.sheet_field(k, s.line, 'valid_from', s.f[9], 'from')::timestamptz AS valid_from,
                   bedprice.sheet_field(k, s.line, 'valid_to', s.f[10], 'to')::timestamptz AS valid_to,
                   coalesce(nullif(btrim(s.f[11]), ''), 'price sheet') AS source
            FROM bedprice.sheet_rows(k, csv,
                     ARRAY['provider', 'model', 'region', 'routing', 'mode', 'charge', 'usd_per_mtok',
                           'above_input_tokens', 'valid_from', 'valid_to', 'source']) AS s
        )
        SELECT p.*,
               lead(p.valid_from) OVER w AS next_from,
               lead(p.line) OVER w AS next_line
        FROM parsed p
        WINDOW w AS (PARTITION BY p.provider, lower(p.model), p.region, p.routing, p.mode,
                                  p.charge, p.above ORDER BY p.valid_from, p.line)
        ORDER BY p.provider, lower(p.model), p.region NULLS FIRST, p.routing, p.mode, p.charge,
                 p.above, p.valid_from, p.line
    LOOP
        IF r.next_from = r.valid_from THEN
            RAISE EXCEPTION '% lines % and % price the same key from the same time', k, r.line, r.next_line
                USING ERRCODE = 'exclusion_violation',
                      DETAIL = 'Nothing of the sheet was loaded.';
        END IF;
        BEGIN
            IF bedprice.add_price_row(
                    r.provider, bedprice.sheet_model(r.provider, r.model), r.region, r.routing,
                    r.mode, r.charge, r.above, r.usd, r.valid_from,
                    CASE WHEN r.next_from < r.valid_to THEN r.next_from ELSE r.valid_to END,
                    r.source) IS NOT NULL THEN
                loaded := loaded + 1;
            END IF;
        EXCEPTION
            WHEN exclusion_violation OR check_violation THEN
                GET STACKED DIAGNOSTICS err_detail = PG_EXCEPTION_DETAIL, err_hint = PG_EXCEPTION_HINT;
                RAISE EXCEPTION '% line %: %', k, r.line, SQLERRM
                    USING ERRCODE = SQLSTATE,
                          DETAIL = concat_ws(' ', nullif(err_detail, ''), 'Nothing of the sheet was loaded.'),
                          HINT = coalesce(nullif(err_hint, ''), 'valid_to must be after valid_from.');
        END;
    END LOOP;
    RETURN loaded;
END
$$;
COMMENT ON FUNCTION bedprice.load_price_sheet(text, text) IS
    'Loads a price sheet (CSV, header provider,model,region,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source) in one transaction, keeping history; returns the rows added.  With replace_source, the rows of that source are removed first (the rows they had closed extend again).';

CREATE FUNCTION bedprice.set_price(
    provider           text,
    model              text,
    charge             text,
    usd_per_mtok       numeric,
    valid_from         timestamptz DEFAULT now(),
    region             text DEFAULT NULL,
    routing            text DEFAULT 'in_region',
    mode               text DEFAULT 'on_demand',
    above_input_tokens bigint DEFAULT 0,
    valid_to           timestamptz DEFAULT 'infinity',
    source             text DEFAULT 'set_price')
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    k text := 'set_price';
    p_provider text := bedprice.sheet_field(k, NULL, 'provider', provider, 'provider');
BEGIN
    IF above_input_tokens < 0 THEN
        RAISE EXCEPTION 'set_price argument above_input_tokens: % is negative', above_input_tokens
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN bedprice.add_price_row(
        p_provider,
        bedprice.sheet_model(p_provider, bedprice.sheet_field(k, NULL, 'model', model, 'model')),
        bedprice.sheet_field(k, NULL, 'region', region, 'region'),
        bedprice.sheet_field(k, NULL, 'routing', routing, 'routing'),
        bedprice.sheet_field(k, NULL, 'mode', mode, 'mode'),
        bedprice.sheet_field(k, NULL, 'charge', charge, 'charge'),
        coalesce(above_input_tokens, 0),
        bedprice.sheet_field(k, NULL, 'usd_per_mtok', usd_per_mtok::text, 'amount')::numeric,
        coalesce(valid_from, '-infinity'),
        coalesce(valid_to, 'infinity'),
        coalesce(source, 'set_price'));
END
$$;
COMMENT ON FUNCTION bedprice.set_price(text, text, text, numeric, timestamptz, text, text, text, bigint, timestamptz, text) IS
    'Adds one price from SQL with history (closes the price it replaces at valid_from); returns its price_id, or NULL when an identical price exists.';

-- Timestamps as a sheet writes them: a date when at midnight UTC, empty
-- for an open end.
CREATE FUNCTION bedprice.sheet_time(t timestamptz)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN t IN ('-infinity', 'infinity') THEN ''
        WHEN (t AT TIME ZONE 'UTC')::time = '00:00' THEN to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD')
        ELSE rtrim(rtrim(to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), '0'), '.') || '+00'
    END
$$;
COMMENT ON FUNCTION bedprice.sheet_time(timestamptz) IS
    'Internal: a validity bound as price sheets write it.';

CREATE FUNCTION bedprice.price_sheet(at timestamptz DEFAULT NULL)
RETURNS TABLE (provider text, model text, region text, routing text, mode text, charge text,
               usd_per_mtok numeric, above_input_tokens bigint, valid_from text, valid_to text,
               source text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT p.provider, p.model, p.region,
           nullif(p.routing, 'in_region'), nullif(p.mode, 'on_demand'), p.charge,
           p.usd_per_mtok, p.above_input_tokens,
           bedprice.sheet_time(p.valid_from), bedprice.sheet_time(p.valid_to), p.source
    FROM bedprice.prices p
    WHERE at IS NULL OR (p.valid_from <= at AND at < p.valid_to)
    ORDER BY p.provider, p.model, p.region NULLS FIRST, p.routing, p.mode, p.charge,
             p.above_input_tokens, p.valid_from
$$;
COMMENT ON FUNCTION bedprice.price_sheet(timestamptz) IS
    'The price catalog as a price sheet, one row a price: all history, or the prices valid at `at`.  \copy (SELECT * FROM bedprice.price_sheet()) TO ''prices.csv'' CSV HEADER writes it as a file.';

-- One CSV field, quoted where it must be.
CREATE FUNCTION bedprice.csv_field(v text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN v IS NULL THEN ''
        WHEN v ~ '[",\r\n]' OR v <> btrim(v) THEN '"' || replace(v, '"', '""') || '"'
        ELSE v
    END
$$;
COMMENT ON FUNCTION bedprice.csv_field(text) IS
    'Internal: a value as a CSV field, quoted when it holds a comma, quote, line break or edge blanks.';

CREATE FUNCTION bedprice.price_sheet_csv(at timestamptz DEFAULT NULL)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT 'provider,model,region,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source' || E'\n'
        || coalesce(string_agg(
               concat_ws(',', bedprice.csv_field(s.provider), bedprice.csv_field(s.model),
                         bedprice.csv_field(s.region), bedprice.csv_field(s.routing),
                         bedprice.csv_field(s.mode), bedprice.csv_field(s.charge),
                         s.usd_per_mtok::text, s.above_input_tokens::text,
                         bedprice.csv_field(s.valid_from), bedprice.csv_field(s.valid_to),
                         bedprice.csv_field(s.source)) || E'\n', '' ORDER BY s.n), '')
    FROM (SELECT *, row_number() OVER () AS n FROM bedprice.price_sheet(at)) AS s
$$;
COMMENT ON FUNCTION bedprice.price_sheet_csv(timestamptz) IS
    'bedprice.price_sheet() as one CSV document, which bedprice.load_price_sheet() reads back.';

------------------------------------------------------------------------
-- Multiplier sheets
--
-- provider,dimension,value,factor,valid_from,valid_to,source
------------------------------------------------------------------------

CREATE FUNCTION bedprice.load_multiplier_sheet(csv text, replace_source text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
SET TimeZone TO 'UTC'
AS $$
DECLARE
    r record;
    k text := 'multiplier sheet';
    loaded integer := 0;
    err_detail text;
    err_hint text;
BEGIN
    IF replace_source IS NOT NULL THEN
        PERFORM bedprice.remove_source('multipliers', replace_source);
    END IF;
    FOR r IN
        WITH parsed AS (
            SELECT s.line,
                   bedprice.sheet_field(k, s.line, 'provider', s.f[1], 'provider') AS provider,
                   d.dimension,
                   bedprice.sheet_field(k, s.line, 'value', s.f[3], d.dimension) AS value,
                   bedprice.sheet_field(k, s.line, 'factor', s.f[4], 'amount')::numeric AS factor,
                   bedprice.sheet_field(k, s.line, 'valid_from', s.f[5], 'from')::timestamptz AS valid_from,
                   bedprice.sheet_field(k, s.line, 'valid_to', s.f[6], 'to')::timestamptz AS valid_to,
                   coalesce(nullif(btrim(s.f[7]), ''), 'multiplier sheet') AS source
            FROM bedprice.sheet_rows(k, csv,
                     ARRAY['provider', 'dimension', 'value', 'factor', 'valid_from', 'valid_to', 'source']) AS s
            CROSS JOIN LATERAL (SELECT bedprice.sheet_field(k, s.line, 'dimension', s.f[2], 'dimension') AS dimension) AS d
        )
        SELECT p.*,
               lead(p.valid_from) OVER w AS next_from,
               lead(p.line) OVER w AS next_line
        FROM parsed p
        WINDOW w AS (PARTITION BY p.provider, p.dimension, p.value ORDER BY p.valid_from, p.line)
        ORDER BY p.provider, p.dimension, p.value, p.valid_from, p.line
    LOOP
        IF (r.dimension, r.value) IN (('routing', 'in_region'), ('mode', 'on_demand')) THEN
            RAISE EXCEPTION '% line %, column value: "%" is the base value of %, which takes no multiplier',
                            k, r.line, r.value, r.dimension
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF r.next_from = r.valid_from THEN
            RAISE EXCEPTION '% lines % and % give the same key from the same time', k, r.line, r.next_line
                USING ERRCODE = 'exclusion_violation',
                      DETAIL = 'Nothing of the sheet was loaded.';
        END IF;
        BEGIN
            IF bedprice.add_multiplier_row(
                    r.provider, r.dimension, r.value, r.factor, r.valid_from,
                    CASE WHEN r.next_from < r.valid_to THEN r.next_from ELSE r.valid_to END,
                    r.source) IS NOT NULL THEN
                loaded := loaded + 1;
            END IF;
        EXCEPTION
            WHEN exclusion_violation OR check_violation THEN
                GET STACKED DIAGNOSTICS err_detail = PG_EXCEPTION_DETAIL, err_hint = PG_EXCEPTION_HINT;
                RAISE EXCEPTION '% line %: %', k, r.line, SQLERRM
                    USING ERRCODE = SQLSTATE,
                          DETAIL = concat_ws(' ', nullif(err_detail, ''), 'Nothing of the sheet was loaded.'),
                          HINT = coalesce(nullif(err_hint, ''), 'valid_to must be after valid_from, and factors have at most 9 decimal places and stay below 1000.');
        END;
    END LOOP;
    RETURN loaded;
END
$$;
COMMENT ON FUNCTION bedprice.load_multiplier_sheet(text, text) IS
    'Loads a multiplier sheet (CSV, header provider,dimension,value,factor,valid_from,valid_to,source) in one transaction, keeping history; returns the rows added.';

CREATE FUNCTION bedprice.set_multiplier(
    provider   text,
    dimension  text,
    value      text,
    factor     numeric,
    valid_from timestamptz DEFAULT now(),
    valid_to   timestamptz DEFAULT 'infinity',
    source     text DEFAULT 'set_multiplier')
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    k text := 'set_multiplier';
    p_dimension text := bedprice.sheet_field(k, NULL, 'dimension', dimension, 'dimension');
    p_value text := bedprice.sheet_field(k, NULL, 'value', value, p_dimension);
BEGIN
    IF (p_dimension, p_value) IN (('routing', 'in_region'), ('mode', 'on_demand')) THEN
        RAISE EXCEPTION 'set_multiplier argument value: "%" is the base value of %, which takes no multiplier',
                        p_value, p_dimension
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN bedprice.add_multiplier_row(
        bedprice.sheet_field(k, NULL, 'provider', provider, 'provider'),
        p_dimension,
        p_value,
        bedprice.sheet_field(k, NULL, 'factor', factor::text, 'amount')::numeric,
        coalesce(valid_from, '-infinity'),
        coalesce(valid_to, 'infinity'),
        coalesce(source, 'set_multiplier'));
END
$$;
COMMENT ON FUNCTION bedprice.set_multiplier(text, text, text, numeric, timestamptz, timestamptz, text) IS
    'Adds one multiplier from SQL with history; returns its multiplier_id, or NULL when an identical one exists.';

CREATE FUNCTION bedprice.multiplier_sheet(at timestamptz DEFAULT NULL)
RETURNS TABLE (provider text, dimension text, value text, factor numeric,
               valid_from text, valid_to text, source text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT m.provider, m.dimension, m.value, m.factor,
           bedprice.sheet_time(m.valid_from), bedprice.sheet_time(m.valid_to), m.source
    FROM bedprice.multipliers m
    WHERE at IS NULL OR (m.valid_from <= at AND at < m.valid_to)
    ORDER BY m.provider, m.dimension, m.value, m.valid_from
$$;
COMMENT ON FUNCTION bedprice.multiplier_sheet(timestamptz) IS
    'The multipliers as a multiplier sheet: all history, or those valid at `at`.';

CREATE FUNCTION bedprice.multiplier_sheet_csv(at timestamptz DEFAULT NULL)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT 'provider,dimension,value,factor,valid_from,valid_to,source' || E'\n'
        || coalesce(string_agg(
               concat_ws(',', bedprice.csv_field(s.provider), bedprice.csv_field(s.dimension),
                         bedprice.csv_field(s.value), s.factor::text,
                         bedprice.csv_field(s.valid_from), bedprice.csv_field(s.valid_to),
                         bedprice.csv_field(s.source)) || E'\n', '' ORDER BY s.n), '')
    FROM (SELECT *, row_number() OVER () AS n FROM bedprice.multiplier_sheet(at)) AS s
$$;
COMMENT ON FUNCTION bedprice.multiplier_sheet_csv(timestamptz) IS
    'bedprice.multiplier_sheet() as one CSV document, which bedprice.load_multiplier_sheet() reads back.';

------------------------------------------------------------------------
-- Who may change the catalog: the loaders write to it, so only the
-- extension's owner and bedprice_admin may run them.  Internal helpers
-- are not for direct use.
------------------------------------------------------------------------

REVOKE EXECUTE ON FUNCTION
    bedprice.load_price_sheet(text, text),
    bedprice.load_multiplier_sheet(text, text),
    bedprice.set_price(text, text, text, numeric, timestamptz, text, text, text, bigint, timestamptz, text),
    bedprice.set_multiplier(text, text, text, numeric, timestamptz, timestamptz, text),
    bedprice.add_price_row(text, text, text, text, text, text, bigint, numeric, timestamptz, timestamptz, text),
    bedprice.add_multiplier_row(text, text, text, numeric, timestamptz, timestamptz, text),
    bedprice.sheet_model(text, text),
    bedprice.remove_source(text, text)
FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    bedprice.load_price_sheet(text, text),
    bedprice.load_multiplier_sheet(text, text),
    bedprice.set_price(text, text, text, numeric, timestamptz, text, text, text, bigint, timestamptz, text),
    bedprice.set_multiplier(text, text, text, numeric, timestamptz, timestamptz, text),
    bedprice.add_price_row(text, text, text, text, text, text, bigint, numeric, timestamptz, timestamptz, text),
    bedprice.add_multiplier_row(text, text, text, numeric, timestamptz, timestamptz, text),
    bedprice.sheet_model(text, text),
    bedprice.remove_source(text, text)
TO bedprice_admin;

------------------------------------------------------------------------
-- BEGIN importers: LiteLLM's price file and AWS Price List offer files
--
-- Both map what they can to price rows, with history, and count the rest
-- (other providers, non-token prices, unknown fields, regions or models,
-- prices that disagree), reported in one NOTICE: nothing is guessed.
-- Prices are exact: a JSON number or an AWS price string is a numeric,
-- scaled to USD per 1M tokens, rounded to 10 decimal places (LiteLLM's
-- floats carry noise such as 3.5000000000000004e-07) and trimmed.
------------------------------------------------------------------------

-- One imported price: nothing when the price in force at p_from is already
-- this one (open-ended), refused when a price of the same key starts at or
-- after p_from, else added with history by add_price_row.
CREATE FUNCTION bedprice.import_price_row(
    p_provider text, p_model text, p_region text, p_routing text, p_mode text,
    p_charge text, p_above bigint, p_usd numeric, p_from timestamptz, p_source text)
RETURNS text
LANGUAGE plpgsql
AS $$
DECLARE
    k text := bedprice.sheet_model(p_provider, p_model);
BEGIN
    IF EXISTS (SELECT FROM bedprice.prices p
               WHERE (p.provider, p.model, p.routing, p.mode, p.charge, p.above_input_tokens)
                     = (p_provider, k, p_routing, p_mode, p_charge, p_above)
                 AND p.region IS NOT DISTINCT FROM p_region
                 AND p.valid_from <= p_from AND p.valid_to = 'infinity'
                 AND p.usd_per_mtok = p_usd) THEN
        RETURN 'unchanged';
    END IF;
    IF EXISTS (SELECT FROM bedprice.prices p
               WHERE (p.provider, p.model, p.routing, p.mode, p.charge, p.above_input_tokens)
                     = (p_provider, k, p_routing, p_mode, p_charge, p_above)
                 AND p.region IS NOT DISTINCT FROM p_region
                 AND p.valid_from >= p_from) THEN
        RETURN 'refused';
    END IF;
    IF bedprice.add_price_row(p_provider, k, p_region, p_routing, p_mode, p_charge, p_above,
                              p_usd, p_from, 'infinity', p_source) IS NULL THEN
        RETURN 'unchanged';
    END IF;
    RETURN 'added';
END
$$;
COMMENT ON FUNCTION bedprice.import_price_row(text, text, text, text, text, text, bigint, numeric, timestamptz, text) IS
    'Internal: adds one imported price with history; returns added, unchanged (that price is already in force, open-ended) or refused (a price of the same key starts at or after it).';

CREATE FUNCTION bedprice.import_litellm(doc jsonb, valid_from timestamptz DEFAULT now())
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    p_from timestamptz := coalesce(valid_from, '-infinity');
    r record;
    outcome text;
    n_entries bigint;
    n_mapped bigint := 0;
    n_rounded bigint := 0;
    n_added integer := 0;
    n_unchanged integer := 0;
    n_skipped bigint := 0;
    refused text[] := '{}';
    lines text[] := '{}';
    hints text[] := '{}';
BEGIN
    IF doc IS NULL OR jsonb_typeof(doc) <> 'object' THEN
        RAISE EXCEPTION 'import_litellm: the document must be a JSON object of model names to prices'
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Pass LiteLLM''s model_prices_and_context_window.json, for example \set litellm `cat model_prices_and_context_window.json` in psql, then :''litellm''::jsonb.';
    END IF;
    IF p_from = 'infinity' THEN
        RAISE EXCEPTION 'import_litellm: valid_from cannot be infinity'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT count(*) INTO n_entries FROM jsonb_object_keys(doc) AS k WHERE k <> 'sample_spec';

    FOR r IN
        WITH entry AS (
            SELECT e.key, e.value AS v,
                   jsonb_typeof(e.value) = 'object' AS is_object,
                   CASE WHEN jsonb_typeof(e.value) = 'object' THEN e.value ->> 'litellm_provider' END AS lp,
                   CASE WHEN jsonb_typeof(e.value) = 'object' THEN e.value ->> 'mode' END AS lmode
            FROM jsonb_each(doc) AS e
            WHERE e.key <> 'sample_spec'
        ),
        parsed AS (
            -- km: {region or '', routing prefix or '', model ID}
            SELECT entry.*,
                   CASE WHEN entry.lp IN ('bedrock', 'bedrock_converse') THEN 'bedrock'
                        WHEN entry.lp = 'anthropic' THEN 'anthropic'
                        WHEN entry.lp = 'together_ai' THEN 'together'
                        WHEN entry.lp = 'groq' THEN 'groq' END AS provider,
                   CASE WHEN entry.lp IN ('bedrock', 'bedrock_converse') THEN
                            regexp_match(entry.key,
                                '^(?:bedrock/(?:(?:converse|invoke)/)?(?:([a-z]{2}(?:-gov)?-[a-z]+-[0-9]+)/)?)?'
                                '(?:(us|eu|apac|jp|au|ca|us-gov|global)\.)?([^/]+)$')
                        WHEN entry.lp = 'anthropic' THEN regexp_match(entry.key, '^()()(?:anthropic/)?(.+)$')
                        WHEN entry.lp = 'together_ai' THEN regexp_match(entry.key, '^()()together_ai/(.+)$')
                        WHEN entry.lp = 'groq' THEN regexp_match(entry.key, '^()()groq/(.+)$') END AS km
            FROM entry
        ),
        classified AS (
            SELECT p.key, p.v, p.lp, p.lmode, p.provider,
                   nullif(p.km[1], '') AS region,
                   CASE WHEN coalesce(p.km[2], '') = '' THEN 'in_region'
                        WHEN p.km[2] = 'global' THEN 'global'
                        ELSE 'geo' END AS routing,
                   p.km[3] AS model_id,
                   CASE
                       WHEN NOT p.is_object THEN 1
                       WHEN p.provider IS NULL THEN 2
                       WHEN p.lmode IS NOT NULL
                            AND p.lmode NOT IN ('chat', 'completion', 'responses', 'embedding') THEN 3
                       WHEN p.km IS NULL OR p.km[3] <> btrim(p.km[3]) OR length(p.km[3]) > 200 THEN 4
                       WHEN p.km[1] <> ''
                            AND NOT EXISTS (SELECT FROM bedprice.regions g WHERE g.region = p.km[1]) THEN 5
                   END AS skip
            FROM parsed AS p
        ),
        field AS (
            -- every field that prices something; the rest (max_tokens,
            -- supports_*, ...) is not a price and is ignored
            SELECT c.key, c.provider, c.region, c.routing, c.model_id, f.key AS field, f.value AS fv,
                   regexp_match(f.key,
                       '^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost|cache_creation_input_token_cost)'
                       '((?:_above_1hr|_above_[0-9]{1,9}k_tokens|_batches|_priority|_flex)*)$') AS fm
            FROM classified AS c, jsonb_each(c.v) AS f
            WHERE c.skip IS NULL AND f.key ~ '(cost|pric)'
        ),
        priced AS (
            SELECT field.*, mods.n1h, mods.nk, mods.nmode,
                   coalesce(mods.above, 0) AS above,
                   coalesce(mods.fmode, 'on_demand') AS mode,
                   CASE WHEN jsonb_typeof(field.fv) = 'number'
                        THEN field.fv::numeric * 1000000 END AS usd_exact
            FROM field
            CROSS JOIN LATERAL (
                SELECT count(*) FILTER (WHERE m[1] = '_above_1hr') AS n1h,
                       count(*) FILTER (WHERE m[1] ~ 'k_tokens$') AS nk,
                       max(substring(m[1] FROM '^_above_([0-9]+)k_tokens$'))::bigint * 1000 AS above,
                       count(*) FILTER (WHERE m[1] IN ('_batches', '_priority', '_flex')) AS nmode,
                       max(CASE m[1] WHEN '_batches' THEN 'batch' WHEN '_priority' THEN 'priority'
                                     WHEN '_flex' THEN 'flex' END) AS fmode
                FROM regexp_matches(field.fm[2], '_above_1hr|_above_[0-9]{1,9}k_tokens|_batches|_priority|_flex', 'g') AS m
            ) AS mods
        ),
        judged AS (
            SELECT priced.*,
                   CASE priced.fm[1]
                       WHEN 'input_cost_per_token' THEN 'input'
                       WHEN 'output_cost_per_token' THEN 'output'
                       WHEN 'cache_read_input_token_cost' THEN 'cache_read'
                       ELSE CASE WHEN priced.n1h = 1 THEN 'cache_write_1h' ELSE 'cache_write' END
                   END AS charge,
                   CASE
                       WHEN priced.fm IS NULL OR priced.n1h > 1 OR priced.nk > 1 OR priced.nmode > 1
                            OR (priced.n1h = 1 AND priced.fm[1] <> 'cache_creation_input_token_cost')
                            OR (priced.nk = 1 AND priced.above = 0) THEN 6
                       WHEN priced.usd_exact IS NULL THEN 7
                       WHEN priced.usd_exact < 0 OR round(priced.usd_exact, 10) > 1000000 THEN 8
                   END AS skip
            FROM priced
        ),
        candidate AS (
            SELECT j.key, j.provider, j.region, j.routing, j.mode, j.charge, j.above,
                   trim_scale(round(j.usd_exact, 10)) AS usd,
                   j.usd_exact <> round(j.usd_exact, 10) AS rounded,
                   coalesce((SELECT m.model FROM bedprice.models m
                             WHERE m.provider = j.provider AND lower(m.model) = lower(j.model_id)),
                            (SELECT a.model FROM bedprice.model_aliases a
                             WHERE a.provider = j.provider AND lower(a.alias) = lower(j.model_id)),
                            j.model_id) AS model
            FROM judged AS j
            WHERE j.skip IS NULL
        ),
        conflict AS (
            -- keys that give one catalog key different prices: none is imported
            SELECT c.provider, lower(c.model) AS lmodel, min(c.model) AS model,
                   coalesce(c.region, '') AS region, c.routing, c.mode, c.charge, c.above,
                   string_agg(DISTINCT c.key, ', ' ORDER BY c.key) AS keys
            FROM candidate AS c
            GROUP BY c.provider, lower(c.model), coalesce(c.region, ''), c.routing, c.mode, c.charge, c.above
            HAVING min(c.usd) <> max(c.usd)
        ),
        price AS (
            SELECT DISTINCT ON (c.provider, lower(c.model), coalesce(c.region, ''), c.routing, c.mode, c.charge, c.above)
                   c.provider, c.model, c.region, c.routing, c.mode, c.charge, c.above, c.usd
            FROM candidate AS c
            WHERE NOT EXISTS (SELECT FROM conflict x
                              WHERE (x.provider, x.lmodel, x.region, x.routing, x.mode, x.charge, x.above)
                                    = (c.provider, lower(c.model), coalesce(c.region, ''), c.routing, c.mode, c.charge, c.above))
            ORDER BY c.provider, lower(c.model), coalesce(c.region, ''), c.routing, c.mode, c.charge, c.above, c.key
        ),
        skipped AS (
            SELECT c.skip AS code,
                   CASE c.skip
                       WHEN 2 THEN format('%s: %s', c.key, coalesce(c.lp, 'no litellm_provider'))
                       WHEN 3 THEN format('%s: mode %s', c.key, c.lmode)
                       ELSE c.key END AS example
            FROM classified AS c WHERE c.skip IS NOT NULL
            UNION ALL
            SELECT 9, c.key FROM classified AS c
            WHERE c.skip IS NULL AND NOT EXISTS (SELECT FROM field f WHERE f.key = c.key)
            UNION ALL
            SELECT j.skip, format('%s %s', j.key, j.field) FROM judged AS j WHERE j.skip IS NOT NULL
            UNION ALL
            SELECT 10, format('%s %s %s%s%s%s: %s', x.provider, x.model, x.charge,
                              nullif(' ' || x.region, ' '), nullif(' ' || x.routing, ' in_region'),
                              nullif(' ' || x.mode, ' on_demand'), x.keys)
            FROM conflict AS x
        )
        SELECT 1 AS part, NULL::integer AS code, p.provider, p.model, p.region, p.routing, p.mode,
               p.charge, p.above, p.usd, NULL::bigint AS n, NULL::bigint AS n2, NULL::text[] AS examples
        FROM price AS p
        UNION ALL
        SELECT 2, s.code, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
               count(*), count(DISTINCT s.example), (array_agg(DISTINCT s.example ORDER BY s.example))[1:3]
        FROM skipped AS s GROUP BY s.code
        UNION ALL
        SELECT 3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
               count(DISTINCT c.key), count(*) FILTER (WHERE c.rounded), NULL
        FROM candidate AS c
        ORDER BY 1, 2, 3, 4, 5 NULLS FIRST, 6, 7, 8, 9
    LOOP
        IF r.part = 1 THEN
            outcome := bedprice.import_price_row(r.provider, r.model, r.region, r.routing, r.mode,
                                                 r.charge, r.above, r.usd, p_from, 'litellm');
            IF outcome = 'added' THEN
                n_added := n_added + 1;
            ELSIF outcome = 'unchanged' THEN
                n_unchanged := n_unchanged + 1;
            ELSE
                refused := refused || format('%s %s %s', r.provider, r.model, r.charge);
            END IF;
        ELSIF r.part = 2 THEN
            n_skipped := n_skipped + r.n;
            lines := lines || format('%s: %s (%s%s)',
                CASE r.code
                    WHEN 1 THEN 'entries that are not JSON objects'
                    WHEN 2 THEN 'entries of providers not imported'
                    WHEN 3 THEN 'entries not priced per token'
                    WHEN 4 THEN 'keys of a form not recognized'
                    WHEN 5 THEN 'regions not in bedprice.regions'
                    WHEN 6 THEN 'price fields not mapped'
                    WHEN 7 THEN 'values that are not JSON numbers'
                    WHEN 8 THEN 'values out of range'
                    WHEN 9 THEN 'entries without any price'
                    WHEN 10 THEN 'prices on which keys disagree'
                END,
                r.n, array_to_string(r.examples, ', '),
                CASE WHEN r.n2 > cardinality(r.examples) THEN ', ...' ELSE '' END);
            IF r.code = 5 THEN
                hints := hints || 'Add a region to bedprice.regions to import its prices.'::text;
            END IF;
        ELSE
            n_mapped := r.n;
            n_rounded := r.n2;
        END IF;
    END LOOP;

    IF cardinality(refused) > 0 THEN
        lines := lines || format('prices refused, a price of the same key starts at or after valid_from: %s (%s%s)',
                                 cardinality(refused), array_to_string(refused[1:3], ', '),
                                 CASE WHEN cardinality(refused) > 3 THEN ', ...' ELSE '' END);
        hints := hints || 'Import with a later valid_from, or delete the later price.'::text;
    END IF;
    IF cardinality(lines) = 0 THEN
        lines := ARRAY['Everything was imported.'];
    END IF;
    IF cardinality(hints) = 0 THEN
        RAISE NOTICE 'import_litellm: prices added: %, already in the catalog: %, refused: %; entries mapped: % of %; values rounded to 10 decimal places: %; entries, fields or prices not imported: %',
            n_added, n_unchanged, cardinality(refused), n_mapped, n_entries, n_rounded, n_skipped
            USING DETAIL = array_to_string(lines, E'\n');
    ELSE
        RAISE NOTICE 'import_litellm: prices added: %, already in the catalog: %, refused: %; entries mapped: % of %; values rounded to 10 decimal places: %; entries, fields or prices not imported: %',
            n_added, n_unchanged, cardinality(refused), n_mapped, n_entries, n_rounded, n_skipped
            USING DETAIL = array_to_string(lines, E'\n'), HINT = array_to_string(hints, ' ');
    END IF;
    RETURN n_added;
END
$$;
COMMENT ON FUNCTION bedprice.import_litellm(jsonb, timestamptz) IS
    'Imports the token prices of LiteLLM''s model_prices_and_context_window.json (providers bedrock, bedrock_converse, anthropic, together_ai, groq) as prices valid from valid_from, keeping history; returns the rows added.  What it cannot map is counted in one NOTICE.';

CREATE FUNCTION bedprice.import_aws_price_list(doc jsonb, valid_from timestamptz DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    p_from timestamptz := valid_from;
    offer text := doc ->> 'offerCode';
    r record;
    outcome text;
    n_skus bigint;
    n_mapped bigint := 0;
    n_rounded bigint := 0;
    n_added integer := 0;
    n_unchanged integer := 0;
    n_skipped bigint := 0;
    refused text[] := '{}';
    lines text[] := '{}';
    hints text[] := '{}';
BEGIN
    IF doc IS NULL OR jsonb_typeof(doc) <> 'object'
       OR offer IS NULL OR offer NOT IN ('AmazonBedrock', 'AmazonBedrockFoundationModels') THEN
        RAISE EXCEPTION 'import_aws_price_list: not an AWS Price List offer file for Bedrock'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('Its offerCode is %s.', coalesce(quote_literal(offer), 'missing')),
                  HINT = 'Pass the bulk offer file (index.json) of AmazonBedrock or AmazonBedrockFoundationModels.';
    END IF;
    IF p_from = 'infinity' THEN
        RAISE EXCEPTION 'import_aws_price_list: valid_from cannot be infinity'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT count(*) INTO n_skus
    FROM jsonb_object_keys(CASE WHEN jsonb_typeof(doc -> 'products') = 'object'
                                           THEN doc -> 'products' END) AS k;

    FOR r IN
        WITH sku AS (
            SELECT s.key AS sku,
                   CASE WHEN jsonb_typeof(s.value -> 'attributes') = 'object'
                        THEN s.value -> 'attributes' ELSE '{}'::jsonb END AS a
            FROM jsonb_each(CASE WHEN jsonb_typeof(doc -> 'products') = 'object'
                                            THEN doc -> 'products' END) AS s
        ),
        dim AS (
            -- one row per on-demand term and price dimension of a SKU
            SELECT sku.sku, sku.a, t.value AS term, d.value AS d
            FROM sku
            LEFT JOIN LATERAL jsonb_each(
                CASE WHEN jsonb_typeof(doc -> 'terms' -> 'OnDemand' -> sku.sku) = 'object'
                     THEN doc -> 'terms' -> 'OnDemand' -> sku.sku END) AS t ON true
            LEFT JOIN LATERAL jsonb_each(
                CASE WHEN jsonb_typeof(t.value -> 'priceDimensions') = 'object'
                     THEN t.value -> 'priceDimensions' END) AS d ON true
        ),
        sig AS (
            SELECT dim.sku, dim.a, dim.term, dim.d,
                   -- what is billed: usage type and inference type
                   lower(concat_ws(' ', dim.a ->> 'usagetype', dim.a ->> 'inferenceType')) AS txt,
                   -- how: the same and the feature
                   lower(concat_ws(' ', dim.a ->> 'feature', dim.a ->> 'usagetype', dim.a ->> 'inferenceType')) AS alltxt,
                   lower(btrim(coalesce(dim.a ->> 'service_tier', dim.a ->> 'serviceTier', ''))) AS tier,
                   lower(btrim(dim.d ->> 'unit')) AS unit,
                   btrim(dim.d -> 'pricePerUnit' ->> 'USD') AS usd_text,
                   nullif(btrim(CASE WHEN offer = 'AmazonBedrockFoundationModels'
                                     THEN coalesce(dim.a ->> 'model', dim.a ->> 'servicename')
                                     ELSE coalesce(dim.a ->> 'model', dim.a ->> 'titanModel') END), '') AS model_name,
                   dim.a ->> 'regionCode' AS region,
                   btrim(dim.term ->> 'effectiveDate') AS eff
            FROM dim
        ),
        derived AS (
            SELECT sig.*,
                   CASE WHEN sig.unit = '1k tokens' THEN 1000 WHEN sig.unit = '1m tokens' THEN 1 END AS scale,
                   CASE WHEN sig.txt ~ 'cache[-_ ]?read' THEN 'cache_read'
                        WHEN sig.txt ~ 'cache[-_ ]?write' THEN
                            CASE WHEN sig.txt ~ '(^|[^0-9])1[-_ ]?(h|hr|hour)([^a-z]|$)'
                                 THEN 'cache_write_1h' ELSE 'cache_write' END
                        WHEN sig.txt ~ 'output' THEN 'output'
                        WHEN sig.txt ~ 'input' THEN 'input' END AS charge,
                   CASE WHEN (sig.alltxt ~ 'batch' OR sig.tier = 'batch')::int
                             + (sig.alltxt ~ 'priority' OR sig.tier = 'priority')::int
                             + (sig.alltxt ~ '(^|[^a-z])flex([^a-z]|$)' OR sig.tier = 'flex')::int > 1
                             OR sig.alltxt ~ 'latency'
                             OR sig.tier NOT IN ('', 'standard', 'on-demand', 'batch', 'priority', 'flex') THEN NULL
                        WHEN sig.alltxt ~ 'batch' OR sig.tier = 'batch' THEN 'batch'
                        WHEN sig.alltxt ~ 'priority' OR sig.tier = 'priority' THEN 'priority'
                        WHEN sig.alltxt ~ '(^|[^a-z])flex([^a-z]|$)' OR sig.tier = 'flex' THEN 'flex'
                        ELSE 'on_demand' END AS mode,
                   CASE WHEN sig.alltxt ~ 'global' THEN 'global'
                        WHEN sig.alltxt ~ 'cross[-_ ]?region' THEN 'geo'
                        ELSE 'in_region' END AS routing,
                   coalesce((SELECT m.model FROM bedprice.models m
                             WHERE m.provider = 'bedrock' AND lower(m.model) = lower(sig.model_name)),
                            (SELECT a.model FROM bedprice.model_aliases a
                             WHERE a.provider = 'bedrock' AND lower(a.alias) = lower(sig.model_name))) AS model,
                   coalesce(p_from,
                            CASE WHEN sig.eff ~ '^\d{4}-\d{2}-\d{2}$'
                                 THEN (sig.eff || ' 00:00:00+00')::timestamptz
                                 WHEN sig.eff ~ '^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$'
                                 THEN (sig.eff || '+00')::timestamptz
                                 WHEN sig.eff ~ '^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$'
                                 THEN sig.eff::timestamptz END) AS vfrom
            FROM sig
        ),
        judged AS (
            SELECT derived.*,
                   CASE WHEN derived.usd_text ~ '^([0-9]+(\.[0-9]*)?|\.[0-9]+)$' AND derived.scale IS NOT NULL
                        THEN derived.usd_text::numeric * derived.scale END AS usd_exact,
                   CASE
                       WHEN derived.d IS NULL THEN 1
                       WHEN derived.usd_text IS NULL OR derived.usd_text !~ '^([0-9]+(\.[0-9]*)?|\.[0-9]+)$' THEN 2
                       WHEN derived.scale IS NULL THEN 3
                       WHEN coalesce(derived.d ->> 'beginRange', '0') !~ '^0*(\.0*)?$'
                            OR coalesce(derived.d ->> 'endRange', 'Inf') <> 'Inf' THEN 4
                       WHEN derived.alltxt ~ 'customi[sz]ation|custom[- ]model|provisioned|reserved|training|storage|fine[- ]?tun' THEN 5
                       WHEN derived.txt ~ 'image|audio|speech|video' THEN 6
                       WHEN derived.charge IS NULL THEN 7
                       WHEN derived.mode IS NULL THEN 8
                       WHEN derived.region IS NULL
                            OR NOT EXISTS (SELECT FROM bedprice.regions g WHERE g.region = derived.region) THEN 9
                       WHEN derived.model_name IS NULL THEN 10
                       WHEN derived.model IS NULL THEN 11
                       WHEN derived.vfrom IS NULL THEN 12
                       WHEN round(derived.usd_text::numeric * derived.scale, 10) > 1000000 THEN 13
                   END AS skip
            FROM derived
        ),
        candidate AS (
            SELECT j.sku, j.model, j.region, j.routing, j.mode, j.charge, j.vfrom,
                   trim_scale(round(j.usd_exact, 10)) AS usd,
                   j.usd_exact <> round(j.usd_exact, 10) AS rounded
            FROM judged AS j
            WHERE j.skip IS NULL
        ),
        conflict AS (
            SELECT c.model, c.region, c.routing, c.mode, c.charge, c.vfrom,
                   string_agg(DISTINCT c.sku, ', ' ORDER BY c.sku) AS skus
            FROM candidate AS c
            GROUP BY c.model, c.region, c.routing, c.mode, c.charge, c.vfrom
            HAVING min(c.usd) <> max(c.usd)
        ),
        price AS (
            SELECT DISTINCT ON (c.model, c.region, c.routing, c.mode, c.charge, c.vfrom)
                   c.model, c.region, c.routing, c.mode, c.charge, c.vfrom, c.usd
            FROM candidate AS c
            WHERE NOT EXISTS (SELECT FROM conflict x
                              WHERE (x.model, x.region, x.routing, x.mode, x.charge, x.vfrom)
                                    = (c.model, c.region, c.routing, c.mode, c.charge, c.vfrom))
            ORDER BY c.model, c.region, c.routing, c.mode, c.charge, c.vfrom, c.sku
        ),
        skipped AS (
            SELECT j.skip AS code, j.sku,
                   CASE j.skip
                       WHEN 3 THEN format('%s: unit %s', j.sku, coalesce(j.d ->> 'unit', 'missing'))
                       WHEN 5 THEN format('%s: %s', j.sku, coalesce(j.a ->> 'feature', j.a ->> 'usagetype'))
                       WHEN 9 THEN format('%s: %s', j.sku, coalesce(j.region, 'no regionCode'))
                       WHEN 11 THEN j.model_name
                       ELSE j.sku END AS example
            FROM judged AS j WHERE j.skip IS NOT NULL
            UNION ALL
            SELECT 14, x.skus, format('%s %s %s %s %s: %s', x.model, x.region, x.routing, x.mode, x.charge, x.skus)
            FROM conflict AS x
        )
        SELECT 1 AS part, NULL::integer AS code, p.vfrom, p.model, p.region, p.routing, p.mode,
               p.charge, p.usd, NULL::bigint AS n, NULL::bigint AS n2, NULL::text[] AS examples
        FROM price AS p
        UNION ALL
        SELECT 2, s.code, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
               count(DISTINCT s.sku), count(DISTINCT s.example),
               (array_agg(DISTINCT s.example ORDER BY s.example))[1:CASE WHEN s.code = 11 THEN 10 ELSE 3 END]
        FROM skipped AS s GROUP BY s.code
        UNION ALL
        SELECT 3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
               count(DISTINCT c.sku), count(*) FILTER (WHERE c.rounded), NULL
        FROM candidate AS c
        ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
    LOOP
        IF r.part = 1 THEN
            outcome := bedprice.import_price_row('bedrock', r.model, r.region, r.routing, r.mode,
                                                 r.charge, 0, r.usd, r.vfrom, 'aws price list');
            IF outcome = 'added' THEN
                n_added := n_added + 1;
            ELSIF outcome = 'unchanged' THEN
                n_unchanged := n_unchanged + 1;
            ELSE
                refused := refused || format('%s %s %s', r.model, r.region, r.charge);
            END IF;
        ELSIF r.part = 2 THEN
            n_skipped := n_skipped + r.n;
            lines := lines || format('%s: %s (%s%s)',
                CASE r.code
                    WHEN 1 THEN 'SKUs without an on-demand price'
                    WHEN 2 THEN 'SKUs without a USD price'
                    WHEN 3 THEN 'SKUs not priced per 1K or 1M tokens'
                    WHEN 4 THEN 'SKUs with volume-tiered prices'
                    WHEN 5 THEN 'SKUs not for on-demand or batch inference'
                    WHEN 6 THEN 'SKUs for image, audio, speech or video'
                    WHEN 7 THEN 'SKUs whose charge is not recognized'
                    WHEN 8 THEN 'SKUs whose mode is not recognized'
                    WHEN 9 THEN 'SKUs of regions not in bedprice.regions'
                    WHEN 10 THEN 'SKUs without a model name'
                    WHEN 11 THEN 'SKUs of models bedprice does not know'
                    WHEN 12 THEN 'SKUs without an effectiveDate'
                    WHEN 13 THEN 'SKUs with prices out of range'
                    WHEN 14 THEN 'prices on which SKUs disagree'
                END,
                r.n, array_to_string(r.examples, ', '),
                CASE WHEN r.n2 > cardinality(r.examples) THEN ', ...' ELSE '' END);
            IF r.code = 9 THEN
                hints := hints || 'Add a region to bedprice.regions to import its prices.'::text;
            ELSIF r.code = 11 THEN
                hints := hints || format('Give each model name an alias: INSERT INTO bedprice.model_aliases (provider, alias, model) VALUES (''bedrock'', %L, ''<Bedrock model ID>''), then import again.',
                                         r.examples[1]);
            END IF;
        ELSE
            n_mapped := r.n;
            n_rounded := r.n2;
        END IF;
    END LOOP;

    IF cardinality(refused) > 0 THEN
        lines := lines || format('prices refused, a price of the same key starts at or after valid_from: %s (%s%s)',
                                 cardinality(refused), array_to_string(refused[1:3], ', '),
                                 CASE WHEN cardinality(refused) > 3 THEN ', ...' ELSE '' END);
        hints := hints || 'Import with a later valid_from, or delete the later price.'::text;
    END IF;
    IF cardinality(lines) = 0 THEN
        lines := ARRAY['Everything was imported.'];
    END IF;
    IF cardinality(hints) = 0 THEN
        RAISE NOTICE 'import_aws_price_list (%): prices added: %, already in the catalog: %, refused: %; SKUs mapped: % of %; values rounded to 10 decimal places: %; SKUs or prices not imported: %',
            offer, n_added, n_unchanged, cardinality(refused), n_mapped, n_skus, n_rounded, n_skipped
            USING DETAIL = array_to_string(lines, E'\n');
    ELSE
        RAISE NOTICE 'import_aws_price_list (%): prices added: %, already in the catalog: %, refused: %; SKUs mapped: % of %; values rounded to 10 decimal places: %; SKUs or prices not imported: %',
            offer, n_added, n_unchanged, cardinality(refused), n_mapped, n_skus, n_rounded, n_skipped
            USING DETAIL = array_to_string(lines, E'\n'), HINT = array_to_string(hints, ' ');
    END IF;
    RETURN n_added;
END
$$;
COMMENT ON FUNCTION bedprice.import_aws_price_list(jsonb, timestamptz) IS
    'Imports the on-demand and batch token prices of an AWS Price List bulk offer file for Bedrock (offerCode AmazonBedrock or AmazonBedrockFoundationModels), per region, valid from valid_from or else each term''s effectiveDate, keeping history; returns the rows added.  Model names are looked up in bedprice.models and model_aliases, never created.  What it cannot map is counted in one NOTICE.';

-- The importers write the catalog.
REVOKE EXECUTE ON FUNCTION
    bedprice.import_price_row(text, text, text, text, text, text, bigint, numeric, timestamptz, text),
    bedprice.import_litellm(jsonb, timestamptz),
    bedprice.import_aws_price_list(jsonb, timestamptz)
FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    bedprice.import_price_row(text, text, text, text, text, text, bigint, numeric, timestamptz, text),
    bedprice.import_litellm(jsonb, timestamptz),
    bedprice.import_aws_price_list(jsonb, timestamptz)
TO bedprice_admin;

------------------------------------------------------------------------
-- END importers
------------------------------------------------------------------------

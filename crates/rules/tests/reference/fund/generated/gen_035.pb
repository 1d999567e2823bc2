META
key;value
description;"Generated election 35 ""test""; reference"
num_projects;20
num_votes;86
budget;3846,73
vote_type;ordinal
rule;equalshares
PROJECTSproject_id;cost;name;votes;selected
1;250;"Spielplatz ""Nord""";11;0
2;2400;"Spielplatz ""Nord""";20;0
3;2800;Baum;5;1
4;1172.83;"Spielplatz ""Nord""";11;0
5;200;Bänke am Teich;21;0
6;446.46;"Spielplatz ""Nord""";15;0
7;200;Baum;8;1
8;200;Baum;15;0
9;2350;" Garten ";0;1
10;200;Baum;3;0
11;100;Bänke am Teich;17;0
12;250;"Licht; Weg";9;1
13;250;"Licht; Weg";16;0
14;200;"Licht; Weg";3;0
15;1200;"Spielplatz ""Nord""";6;0
16;200;Bänke am Teich;1;1
17;2200;" Garten ";11;0
18;2285.93;"Licht; Weg";19;0
19;2078.41;"Licht; Weg";0;0
20;250;" Garten ";16;1

VOTES
voter_id;vote;age
1;20,1;none
2;2,17,13;none
3;17,2,11,5;none
4;12,18,7;none
5;7,2,5,20,1;28
6;12,18,7;none
7;15,18,2;81
8;13;none
9;7,13;90
10;6,8,18,2,5;44
11;2,13;none
12;12,17,4,6,5;none
13;13;none
14;;none
15;13,11,18;37
16;8,5,2;none
17;15,18,2;none
18;3,2;none
19;12,17,4,6,5;none
20;6,8,18,2,5;31
21;1,4;none
22;6,8,5;51
23;;79
24;20,8,2;none
25;10,1;none
26;13;81
27;11;none
28;6,11,1,2,14;none
29;13;none
30;1,5,14;38
31;;none
32;12,18;24
33;4,5,20;none
34;13;42
35;12,18,7;none
36;13,11,20;none
37;4,18,11,20;none
38;;none
39;16,7,8,17;62
40;;71
41;20,18,1;none
42;4,18,11,20;32
43;13,3,17,5,18;none
44;12,18;31
45;;26
46;13,15,10,8,20;none
47;11,1,20,17;none
48;8,20,4,12,6;57
49;6,8,18;none
50;4,8,20,18;46
51;8,6,18,13;none
52;15,5,8,11;none
53;11;45
54;;57
55;1,5;67
56;6,13,2;none
57;;39
58;;71
59;14;none
60;11,1;88
61;20,6,5,2,3;none
62;17,11,4,6;79
63;13,2;27
64;3;none
65;11,20;79
66;5,7;none
67;;48
68;;28
69;1,8;none
70;5;76
71;2,15;none
72;11;none
73;;none
74;17;38
75;17;40
76;5,10,4;none
77;6,8,17,12,20;79
78;6,13,2;none
79;;none
80;5,15,6;62
81;5;none
82;2,20;53
83;5,18,7,2;61
84;11,3;27
85;5,11;none
86;4,18,11,2,8;none

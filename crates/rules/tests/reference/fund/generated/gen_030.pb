META
key;value
description;"Generated election 30 ""test""; reference"
num_projects;20
num_votes;75
budget;11358,09
vote_type;cumulative
rule;equalshares
PROJECTS
project_id;cost;name;votes;selected
1;200;" Garten ";10;0
2;300;Bänke am Teich;7;1
3;1700;"Licht; Weg";1;1
4;0;"Spielplatz ""Nord""";9;1
5;100;"Spielplatz ""Nord""";16;1
6;0;"Spielplatz ""Nord""";4;0
7;2505.67;"Spielplatz ""Nord""";2;0
8;2730.44;" Garten ";0;0
9;250;"Spielplatz ""Nord""";10;1
10;800;Baum;0;1
11;2802.35;Bänke am Teich;21;0
12;2366.12;" Garten ";0;1
13;2050;"Spielplatz ""Nord""";7;1
14;400;Baum;7;1
15;3000;Baum;25;0
16;200;"Spielplatz ""Nord""";24;1
17;1082.64;"Licht; Weg";2;0
18;100;"Spielplatz ""Nord""";1;1
19;400;Bänke am Teich;4;0
20;1728.95;Baum;7;0

VOTES
voter_id;vote;points;age
1;16,20,11,15;4,2,3,2;67
2;16,20,11,15;4,5,1,3;none
3;17;3;81
4;11,16,5,15;1,2,2,5;none
5;19,16,14,15;2,3,2,2;83
6;16,20,11,15;4,4,4,2;none
7;5,16;3,2;none
8;11,16,5,15;3,1,2,5;22
9;4,16,1,15;3,3,1,4;39
10;13;1;none
11;15,11,19,4;5,2,3,1;none
12;none;none;79
13;2,13,4;2,3,5;none
14;14,2;3,1;24
15;15,1,5;1,1,2;none
16;16,6;1,1;32
17;none;none;23
18;none;none;none
19;20,11,7;5,3,5;none
20;4,16,1,15;3,1,5,1;19
21;16,9;2,1;29
22;15,11,19,4;3,3,2,3;none
23;9,16,11;1,5,4;46
24;4,9,6,15;3,5,2,2;66
25;6,2;1,5;none
26;9,15;3,4;none
27;none;none;none
28;15;3;23
29;9;2;82
30;none;none;56
31;15,1,5;2,2,3;none
32;16;3;41
33;14;5;none
34;18,7;5,1;none
35;14,16,15,1;5,1,3,3;none
36;none;none;30
37;15,1,5;5,1,1;none
38;1,15,6;3,3,2;46
39;none;none;none
40;9,16,11;1,4,3;none
41;none;none;none
42;2,5;1,5;none
43;16;4;none
44;13;4;none
45;none;none;none
46;16,15,11,5;5,3,2,3;none
47;9,15,11,14;2,5,1,3;82
48;9,5;5,2;23
49;19,16,14,15;5,3,4,1;none
50;11,16;1,2;76
51;2,11,20,16;4,4,3,1;none
52;5,1;2,5;37
53;11,5;2,5;none
54;13,11;4,4;none
55;16;5;none
56;16,5;3,4;73
57;20;3;77
58;11,9;3,5;30
59;none;none;none
60;2,1,13,5,4;1,1,1,5,5;42
61;16,15,11,5;4,5,4,5;none
62;11,4;2,1;35
63;3,15,17;1,4,5;74
64;14,13;1,1;none
65;1;5;64
66;none;none;42
67;none;none;44
68;15,20;1,4;none
69;16;4;73
70;4;5;26
71;none;none;22
72;11,5;1,1;none
73;2,5,13,9,15;5,3,4,1,2;none
74;11;1;79
75;none;none;none

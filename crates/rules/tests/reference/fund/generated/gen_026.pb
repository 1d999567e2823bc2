META
key;value
description;"Generated election 26 ""test""; reference"
num_projects;9
num_votes;53
budget;1205
vote_type;cumulative
rule;equalshares
PROJECTS
project_id;cost;name;votes;selected
BO.D7.1/23;167.85;Baum;0;1
BO.D9.2/23;960.18;" Garten ";19;1
BO.D1.3/23;200;"Spielplatz ""Nord""";6;0
BO.D3.4/23;2450;"Licht; Weg";2;0
BO.D8.5/23;0;"Spielplatz ""Nord""";14;0
BO.D1.6/23;200;" Garten ";5;1
BO.D9.7/23;200;Bänke am Teich;17;1
BO.D3.8/23;200;"Spielplatz ""Nord""";0;1
BO.D7.9/23;1650;Baum;19;0

VOTES
voter_id;vote;points;age
1;BO.D1.6/23,BO.D9.7/23;4,3;none
2;none;none;53
3;none;none;20
4;none;none;30
5;BO.D8.5/23,BO.D1.3/23,BO.D9.7/23,BO.D9.2/23;2,2,4,1;87
6;none;none;none
7;BO.D8.5/23,BO.D7.9/23;2,5;35
8;BO.D9.2/23,BO.D9.7/23,BO.D7.9/23;4,4,4;none
9;BO.D8.5/23,BO.D9.2/23;1,1;67
10;BO.D9.2/23;5;82
11;BO.D9.2/23;5;34
12;none;none;17
13;BO.D8.5/23,BO.D1.3/23,BO.D9.7/23,BO.D9.2/23;3,2,3,3;none
14;none;none;none
15;none;none;66
16;BO.D7.9/23,BO.D1.6/23,BO.D9.2/23;3,4,3;48
17;none;none;74
18;none;none;none
19;none;none;71
20;BO.D9.2/23,BO.D9.7/23,BO.D7.9/23;2,5,4;85
21;BO.D9.7/23,BO.D9.2/23,BO.D7.9/23;5,3,3;54
22;BO.D9.7/23;2;78
23;BO.D9.7/23;5;67
24;BO.D9.2/23,BO.D9.7/23;5,1;27
25;BO.D1.3/23,BO.D7.9/23;4,4;89
26;BO.D9.2/23;3;59
27;BO.D7.9/23,BO.D9.7/23,BO.D8.5/23,BO.D3.4/23;4,2,4,4;none
28;none;none;none
29;BO.D8.5/23,BO.D7.9/23;5,2;42
30;BO.D9.2/23;3;none
31;BO.D9.7/23,BO.D8.5/23;3,4;none
32;BO.D7.9/23;4;none
33;BO.D7.9/23,BO.D9.2/23,BO.D8.5/23;1,5,4;50
34;BO.D7.9/23;1;none
35;BO.D8.5/23,BO.D9.2/23;5,1;83
36;BO.D1.3/23,BO.D7.9/23;1,5;74
37;BO.D1.3/23,BO.D7.9/23;2,4;31
38;BO.D1.3/23,BO.D8.5/23,BO.D9.2/23;4,5,3;none
39;none;none;none
40;BO.D9.7/23,BO.D7.9/23,BO.D8.5/23;1,4,5;none
41;BO.D7.9/23;5;none
42;BO.D9.7/23;5;75
43;BO.D9.7/23,BO.D7.9/23,BO.D3.4/23;5,2,5;none
44;BO.D7.9/23;1;49
45;none;none;44
46;none;none;none
47;BO.D1.6/23,BO.D9.2/23;2,5;none
48;BO.D9.7/23;5;none
49;BO.D1.6/23,BO.D9.2/23;1,2;none
50;BO.D9.2/23,BO.D8.5/23;1,5;42
51;BO.D1.6/23,BO.D9.2/23,BO.D8.5/23;4,1,2;18
52;BO.D7.9/23,BO.D9.7/23;2,2;none
53;BO.D8.5/23,BO.D7.9/23,BO.D9.7/23;3,2,1;none

META
key;value
description;"Generated election 18 ""test""; reference"
num_projects;8
num_votes;32
budget;5566,11
vote_type;cumulative
rule;equalshares
PROJECTS
project_id;cost;name;votes;selected
3390;850;"Licht; Weg";5;1
2301;250;"Licht; Weg";0;1
1722;250;" Garten ";16;1
1233;2550;" Garten ";0;1
1024;200;" Garten ";13;0
2515;200;"Licht; Weg";2;0
3226;2407.64;Bänke am Teich;7;1
2537;250;Bänke am Teich;5;0

VOTES
voter_id;vote;points;age
1;3226;3;none
2;1722,1024;1,4;87
3;3390,1722,3226;2,1,3;54
4;none;none;44
5;1024;4;44
6;1722,1024;1,4;none
7;1024;3;56
8;1024,2537;1,5;none
9;none;none;none
10;2537,3390,1024;1,5,2;none
11;1024;5;none
12;2515,1024,1722,3390;4,4,2,3;none
13;none;none;33
14;none;none;none
15;2537;2;85
16;3226,1722;4,5;79
17;1722,2537;4,1;none
18;1722;2;21
19;3390,1722,3226;5,2,3;23
20;1722,2537,1024;1,1,1;none
21;none;none;54
22;2515,1722,1024;4,5,2;50
23;3390,1722,3226;3,1,1;59
24;none;none;45
25;1024;3;none
26;1722;2;83
27;1722;1;none
28;3226,1024;1,4;81
29;1024;5;none
30;1722;3;none
31;1722;3;none
32;1722,3226;2,4;21

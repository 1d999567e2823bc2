META
key;value
description;"Generated election 2 ""test""; reference"
num_projects;4
num_votes;24
budget;6428
vote_type;cumulative
rule;equalshares
PROJECTS
project_id;cost;name;votes;selected
P10-0;1900;Bänke am Teich;11;1
P46-1;1400;Bänke am Teich;11;0
P21-2;2600;"Spielplatz ""Nord""";3;0
P94-3;2135.47;Bänke am Teich;11;1

VOTES
voter_id;vote;points;age
1;P94-3;2;none
2;P46-1,P10-0,P94-3;1,3,1;45
3;none;none;45
4;P46-1,P94-3;3,5;48
5;P10-0;1;none
6;P10-0;2;65
7;P46-1,P10-0;2,1;none
8;P46-1;2;none
9;P10-0;2;none
10;P21-2;4;19
11;P46-1,P94-3;2,2;55
12;P21-2,P10-0,P94-3;5,1,5;71
13;P10-0;5;22
14;none;none;none
15;P10-0;3;28
16;P46-1,P94-3;5,3;none
17;P46-1,P94-3;3,1;53
18;P21-2,P94-3,P10-0;1,3,2;none
19;P46-1,P94-3;1,4;18
20;P94-3;2;78
21;none;none;none
22;P46-1,P94-3,P10-0;3,3,1;none
23;P46-1;2;44
24;P46-1,P10-0;4,4;30

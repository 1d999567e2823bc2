META
key;value
description;"Generated election 59 ""test""; reference"
num_projects;10
num_votes;22
budget;4948,14
vote_type;ordinal
rule;equalshares
PROJECTS
project_id;cost;name;votes;selected
3340;2245.38;" Garten ";5;1
2361;2436.43;"Spielplatz ""Nord""";3;1
122;0;Bänke am Teich;8;1
703;500;"Spielplatz ""Nord""";1;1
1544;464.47;Baum;10;0
3665;2750;"Spielplatz ""Nord""";3;1
126;500;Baum;7;1
3497;500;Bänke am Teich;0;0
3198;500;" Garten ";0;0
69;0;" Garten ";4;0

VOTES
voter_id;vote;age
1;2361,126;none
2;126,1544,3340;66
3;126,3340,122;none
4;69,3665,3340;none
5;122,69,1544;none
6;122,69,1544;87
7;;29
8;3665;none
9;;none
10;3340;none
11;703,126,122;none
12;1544,2361,3340;78
13;122,1544;none
14;126,69,1544;none
15;1544,122;22
16;;67
17;126;20
18;122;none
19;1544;57
20;1544;90
21;2361;50
22;1544,122,3665,126;37

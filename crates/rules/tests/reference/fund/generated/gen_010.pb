META
key;value
description;"Generated election 10 ""test""; reference"
num_projects;21
num_votes;9
budget;17634,48
vote_type;cumulative
rule;equalshares
PROJECTS
project_id;cost;name;votes;selected
1;500;"Spielplatz ""Nord""";0;1
2;2726.20;Baum;5;1
3;500;Baum;0;0
4;500;"Licht; Weg";0;1
5;0;"Licht; Weg";0;1
6;1529.05;Baum;0;0
7;450;Bänke am Teich;1;1
8;1250;"Spielplatz ""Nord""";5;0
9;2650;"Spielplatz ""Nord""";1;0
10;1500;" Garten ";0;1
11;500;"Licht; Weg";1;1
12;450;Bänke am Teich;0;0
13;2800;"Spielplatz ""Nord""";1;1
14;0;"Spielplatz ""Nord""";1;0
15;0;" Garten ";0;0
16;150;Bänke am Teich;0;1
17;800;"Spielplatz ""Nord""";1;1
18;500;Bänke am Teich;0;1
19;2500;" Garten ";0;1
20;1337.85;Bänke am Teich;2;1
21;1400;"Spielplatz ""Nord""";1;1

VOTES
voter_id;vote;points;age
1;20,2,8,21,9;4,4,3,1,2;none
2;2,8;2,5;38
3;20,7;4,1;none
4;2,8;4,3;none
5;2,8;3,5;none
6;none;none;none
7;2,17,13,8;1,2,4,2;84
8;11,14;1,5;28
9;none;none;none

META
key;value
description;"Generated election 6 ""test""; reference"
num_projects;21
num_votes;21
budget;9608
vote_type;cumulative
rule;equalshares
PROJECTS
project_id;cost;name;votes;selected
BO.D8.1/23;1075.56;Baum;5;1
BO.D5.2/23;2450;"Licht; Weg";0;0
BO.D1.3/23;250;Bänke am Teich;5;0
BO.D1.4/23;449.05;" Garten ";1;1
BO.D3.5/23;650;"Spielplatz ""Nord""";0;0
BO.D8.6/23;1526.62;"Licht; Weg";7;0
BO.D6.7/23;843.65;Bänke am Teich;7;1
BO.D6.8/23;2250;"Spielplatz ""Nord""";0;0
BO.D1.9/23;2113.03;Bänke am Teich;0;1
BO.D5.10/23;800;"Licht; Weg";4;1
BO.D8.11/23;1000;"Spielplatz ""Nord""";0;0
BO.D4.12/23;250;"Licht; Weg";2;0
BO.D7.13/23;250;"Spielplatz ""Nord""";12;0
BO.D9.14/23;400;Bänke am Teich;2;0
BO.D9.15/23;900;"Spielplatz ""Nord""";3;1
BO.D2.16/23;250;Baum;0;1
BO.D4.17/23;250;" Garten ";0;1
BO.D9.18/23;250;Baum;1;1
BO.D5.19/23;2909.66;" Garten ";0;1
BO.D2.20/23;250;"Spielplatz ""Nord""";9;0
BO.D7.21/23;100;" Garten ";6;0

VOTES
voter_id;vote;points;age
1;BO.D8.1/23,BO.D7.13/23,BO.D8.6/23,BO.D2.20/23,BO.D6.7/23;4,2,5,3,4;none
2;BO.D8.1/23,BO.D7.13/23,BO.D8.6/23,BO.D2.20/23,BO.D6.7/23;5,5,2,5,2;88
3;BO.D5.10/23;2;19
4;BO.D8.1/23,BO.D7.13/23,BO.D8.6/23,BO.D2.20/23,BO.D6.7/23;1,3,3,4,3;none
5;BO.D1.3/23,BO.D6.7/23,BO.D9.15/23;3,3,5;71
6;BO.D7.13/23;4;none
7;BO.D2.20/23,BO.D6.7/23,BO.D7.13/23,BO.D8.6/23;3,5,4,2;39
8;none;none;29
9;BO.D8.6/23,BO.D1.3/23,BO.D2.20/23,BO.D7.21/23;3,5,4,4;none
10;BO.D4.12/23,BO.D5.10/23,BO.D8.1/23;4,4,4;none
11;BO.D5.10/23;5;none
12;BO.D9.14/23,BO.D7.21/23;4,1;24
13;BO.D2.20/23,BO.D6.7/23,BO.D7.13/23,BO.D8.6/23;3,2,2,4;19
14;BO.D7.13/23,BO.D7.21/23,BO.D2.20/23,BO.D1.3/23;4,5,5,1;none
15;none;none;19
16;BO.D7.13/23,BO.D1.3/23;5,5;45
17;BO.D8.1/23,BO.D7.13/23,BO.D8.6/23,BO.D2.20/23,BO.D6.7/23;3,1,5,3,4;49
18;BO.D1.4/23,BO.D9.15/23,BO.D7.21/23,BO.D5.10/23;4,3,1,1;none
19;BO.D4.12/23,BO.D7.13/23,BO.D9.15/23,BO.D7.21/23;1,1,1,4;none
20;BO.D2.20/23,BO.D7.13/23,BO.D9.14/23,BO.D9.18/23,BO.D7.21/23;4,3,4,2,2;29
21;BO.D7.13/23,BO.D1.3/23;1,2;none

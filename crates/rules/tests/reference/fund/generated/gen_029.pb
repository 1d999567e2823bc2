META
key;value
description;"Generated election 29 ""test""; reference"
num_projects;20
num_votes;20
budget;9095
vote_type;approval
rule;equalshares
PROJECTS
project_id;cost;name;votes;selected
1780;0;"Licht; Weg";0;0
3071;200;"Spielplatz ""Nord""";11;1
3112;2200;Bänke am Teich;3;0
1483;650;"Licht; Weg";1;1
454;1400;Baum;7;0
2625;500;Baum;3;1
1776;1732.60;" Garten ";4;0
2027;2450;" Garten ";0;0
2138;200;"Licht; Weg";10;0
109;2100;"Licht; Weg";0;1
180;2650;" Garten ";0;0
551;2500;"Licht; Weg";14;1
2292;1554.17;"Spielplatz ""Nord""";0;1
3353;500;" Garten ";14;0
1174;500;Bänke am Teich;6;1
1805;550;"Licht; Weg";2;1
456;2100;Baum;0;0
2567;950;"Licht; Weg";9;1
1708;2750.19;Bänke am Teich;0;0
3139;500;Baum;6;0

VOTES
voter_id;vote;age
1;3071,551,3353,454,2567,2625;none
2;2138,3353,3071,2567;none
3;551,1174,454,2567,3353;none
4;454,3071,2567,3139,3353;none
5;1174,551;none
6;454,2138,3353,551,2567,1174,3071;none
7;2138,2625,3139,1776,551,2567;none
8;1174,551;none
9;3353,1776,1805,551;none
10;551,2567,454,3353;none
11;3353,1776,1805,551;none
12;2138,3139,3353,1776;43
13;3071,3112,551;none
14;3353,2138,3071,454,1174;none
15;551,3112,3353,2138,3071;64
16;2138,3139,1174,3071,454;none
17;2567,1483,551,3071,2138,3353,3139;none
18;3353,2138,2567;none
19;551,3139,3071,2625;none
20;3112,2138,3353,3071,551;none
